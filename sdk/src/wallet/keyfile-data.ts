import { u8aToHex } from '@polkadot/util';
import { SdkError } from '../errors/sdk-error.js';
import { createKeypair, type Keypair } from './keypair.js';
import { secretKeyToSchnorrkel } from './schnorrkel-secret.js';

/**
 * The plaintext JSON of a Bittensor keyfile (`btwallet` `serialized_keypair_to_keyfile_data`).
 *
 * @example
 * const json: KeyfileJson = JSON.parse(await readFile(paths.coldkeypub, 'utf8'));
 * console.log(json.ss58Address);
 */
export type KeyfileJson = {
  accountId?: string;
  publicKey?: string;
  /** 64-byte schnorrkel secret (`SecretKey::to_bytes`), `0x` hex. */
  privateKey?: string;
  secretPhrase?: string;
  /** 32-byte mini-secret, `0x` hex. */
  secretSeed?: string;
  ss58Address?: string;
};

/**
 * Serializes a key pair to Bittensor's keyfile JSON bytes. With `publicOnly` (for `coldkeypub.txt` and
 * `hotkeys/<name>pub.txt`) only `accountId`, `publicKey` and `ss58Address` are written.
 *
 * @example
 * const bytes = serializeKeyfileData(createKeypair({ uri: '//Alice' }));
 * const pub = serializeKeyfileData(keypair, { publicOnly: true });
 */
export function serializeKeyfileData(keypair: Keypair, options: { publicOnly?: boolean } = {}): Uint8Array {
  const json: KeyfileJson = {};
  const publicKey = u8aToHex(keypair.publicKey);
  json.accountId = publicKey;
  json.publicKey = publicKey;
  if (!options.publicOnly) {
    if (keypair.secretKey !== undefined) json.privateKey = u8aToHex(secretKeyToSchnorrkel(keypair.secretKey));
    if (keypair.mnemonic !== undefined) json.secretPhrase = keypair.mnemonic;
    if (keypair.seed !== undefined) json.secretSeed = u8aToHex(keypair.seed);
  }
  json.ss58Address = keypair.address;
  return new TextEncoder().encode(JSON.stringify(json));
}

/**
 * Parses Bittensor keyfile JSON bytes into a key pair, in Bittensor's priority order: `secretPhrase`, `secretSeed`,
 * `privateKey`, then `ss58Address` (public only). Unknown keys (e.g. a newer `cryptoType`) are ignored.
 *
 * @example
 * const keypair = deserializeKeyfileData(await readFile(path));
 */
export function deserializeKeyfileData(data: Uint8Array): Keypair {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data)) as Record<string, unknown>;
  } catch (cause) {
    throw new SdkError('SDK_KEYFILE_MALFORMED', 'Keyfile data is not JSON (encrypted, or damaged?).', {
      cause,
    });
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new SdkError('SDK_KEYFILE_MALFORMED', 'Keyfile JSON is not an object.');
  }
  const field = (name: keyof KeyfileJson): string | undefined => {
    const value = json[name];
    return typeof value === 'string' && value.length > 0 ? value : undefined;
  };
  const phrase = field('secretPhrase');
  if (phrase !== undefined) return createKeypair({ mnemonic: phrase });
  const seed = field('secretSeed');
  if (seed !== undefined) return createKeypair({ seed });
  const privateKey = field('privateKey');
  if (privateKey !== undefined) return createKeypair({ privateKey });
  const address = field('ss58Address');
  if (address !== undefined) return createKeypair({ address });
  const publicKey = field('publicKey') ?? field('accountId');
  if (publicKey !== undefined) return createKeypair({ publicKey });
  throw new SdkError('SDK_KEYFILE_MALFORMED', 'Keyfile JSON holds no key.');
}
