/**
 * Commitment fields (`pallet_commitments::types::Data`) as the SDK reads and writes them: what `setCommitment`
 * sends for some data, and what `getCommitments` makes of a stored field. Pure: no chain access.
 */
import { compactAddLength, compactFromU8a, u8aToHex } from '@polkadot/util';
import { SdkError } from '../errors/sdk-error.js';

/** The bytes a `Raw0`…`Raw128` field holds at most; up to 512 go in `BigRaw`. */
export const MAX_RAW_BYTES = 128;
/** `MAX_BIGRAW_COMMITMENT_SIZE_BYTES`. */
export const MAX_BIG_RAW_BYTES = 512;

/**
 * One stored commitment field, decoded.
 *
 * @example
 * const field: CommitmentField = { kind: 'raw', bytes: new Uint8Array([104, 105]), text: 'hi' };
 */
export type CommitmentField =
  /** `RawN` / `BigRaw`: the bytes, and their text when they are printable UTF-8. */
  | { readonly kind: 'raw'; readonly bytes: Uint8Array; readonly text: string | undefined }
  /** One of the four 32-byte hashes (`BlakeTwo256`, `Sha256`, `Keccak256`, `ShaThree256`). */
  | { readonly kind: 'hash'; readonly algorithm: string; readonly hash: `0x${string}` }
  /** `TimelockEncrypted`: not revealed yet; the chain reveals it once drand `revealRound`'s pulse is stored. */
  | { readonly kind: 'timelocked'; readonly revealRound: bigint; readonly size: number }
  /** `ResetBondsFlag`. */
  | { readonly kind: 'resetBonds' }
  | { readonly kind: 'none' };

/**
 * Bytes as text when they are valid UTF-8 without control characters (newlines and tabs allowed), else undefined.
 *
 * @example
 * printableText(new TextEncoder().encode('hf.co/me/model')); // 'hf.co/me/model'
 */
export function printableText(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this rejects.
    return /[\u0000-\u0008\u000b-\u001f\u007f]/.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
}

/**
 * Data to commit as the `Data` variant subtensor stores it in: `Raw<len>` up to 128 bytes, `BigRaw` up to 512
 * (bittensor's `set_commitment` sends `Raw<len>` too). Strings are UTF-8.
 *
 * @example
 * rawField('hf.co/me/model'); // { Raw14: '0x…' }
 */
export function rawField(data: string | Uint8Array): Record<string, `0x${string}`> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  if (bytes.length <= MAX_RAW_BYTES) return { [`Raw${bytes.length}`]: u8aToHex(bytes) };
  if (bytes.length <= MAX_BIG_RAW_BYTES) return { BigRaw: u8aToHex(bytes) };
  throw new SdkError(
    'SDK_INVALID_ARGUMENT',
    `A commitment field holds at most ${MAX_BIG_RAW_BYTES} bytes, got ${bytes.length}.`,
  );
}

const HASHES: Record<string, string> = {
  blakeTwo256: 'BlakeTwo256',
  sha256: 'Sha256',
  keccak256: 'Keccak256',
  shaThree256: 'ShaThree256',
};

/**
 * A stored field from `@polkadot/api`'s JSON of `Data` (`{ raw5: '0x…' }`, `{ timelockEncrypted: {…} }`, …).
 *
 * @example
 * fieldFromJson({ raw2: '0x6869' }); // { kind: 'raw', bytes: Uint8Array [104, 105], text: 'hi' }
 */
export function fieldFromJson(json: unknown): CommitmentField {
  const [variant, value] = Object.entries(json as Record<string, unknown>)[0] ?? ['none', null];
  if (/^raw\d+$/.test(variant) || variant === 'bigRaw') {
    const bytes = Uint8Array.from(Buffer.from(String(value).slice(2), 'hex'));
    return { kind: 'raw', bytes, text: printableText(bytes) };
  }
  const algorithm = HASHES[variant];
  if (algorithm !== undefined) return { kind: 'hash', algorithm, hash: value as `0x${string}` };
  if (variant === 'timelockEncrypted') {
    const { encrypted, revealRound } = value as { encrypted: string; revealRound: number | string };
    return { kind: 'timelocked', revealRound: BigInt(revealRound), size: (encrypted.length - 2) / 2 };
  }
  return variant === 'resetBondsFlag' ? { kind: 'resetBonds' } : { kind: 'none' };
}

/**
 * The plaintext a timelocked commitment carries: the data SCALE-encoded as `Vec<u8>` (a compact length, then the
 * bytes), as bittensor's `set_reveal_commitment` (bittensor-drand `get_encrypted_commitment`) encrypts it and as
 * bittensor's readers of `RevealedCommitments` expect it.
 *
 * @example
 * revealPlaintext(new TextEncoder().encode('hi')); // Uint8Array [8, 104, 105]
 */
export function revealPlaintext(data: Uint8Array): Uint8Array {
  return compactAddLength(data);
}

/**
 * The data of a revealed commitment: without its SCALE length prefix when it has one that spans exactly the rest
 * (the `revealPlaintext` form), else the bytes as the chain stored them.
 *
 * @example
 * revealedData(new Uint8Array([8, 104, 105])); // Uint8Array [104, 105]
 */
export function revealedData(stored: Uint8Array): Uint8Array {
  if (stored.length === 0) return stored;
  try {
    const [offset, length] = compactFromU8a(stored);
    return offset + length.toNumber() === stored.length ? stored.subarray(offset) : stored;
  } catch {
    return stored;
  }
}
