import { readFile } from 'node:fs/promises';
import { SdkError } from '../errors/sdk-error.js';

/**
 * Parameters of {@link readKeyfileAddress}.
 *
 * @example
 * const address = await readKeyfileAddress({ path: paths.coldkeypub } satisfies ReadKeyfileAddressParameters);
 */
export type ReadKeyfileAddressParameters = {
  /** Keyfile path, e.g. a wallet's `coldkeypub.txt`. */
  path: string;
};

/**
 * The SS58 address a keyfile holds, for listing wallets: the `ss58Address` field as written (Bittensor writes it in
 * every plaintext keyfile), so no crypto loads and no secret is read. A plaintext file without that field gets the
 * address of its key, as `readKeyfile` derives it; an encrypted file gives `null`. Use `readKeyfile` where the key
 * itself matters: it checks the address. Throws `SDK_KEYFILE_NOT_FOUND` and, for damaged data,
 * `SDK_KEYFILE_MALFORMED`.
 *
 * @example
 * const coldkey = await readKeyfileAddress({ path: walletPaths({ name: 'owner' }).coldkeypub }); // '5Grw…' or null
 */
export async function readKeyfileAddress(parameters: ReadKeyfileAddressParameters): Promise<string | null> {
  let data: Uint8Array;
  try {
    data = new Uint8Array(await readFile(parameters.path));
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new SdkError('SDK_KEYFILE_NOT_FOUND', `No keyfile at ${parameters.path}.`, { cause });
    }
    throw cause;
  }
  const written = writtenAddress(data);
  if (written !== undefined) return written;
  // Encrypted or unusual files: the full keyfile code, loaded only for them (it brings sr25519 and libsodium).
  const [{ keyfileEncryption }, { deserializeKeyfileData }] = await Promise.all([
    import('./keyfile-encryption.js'),
    import('./keyfile-data.js'),
  ]);
  if (keyfileEncryption(data) !== 'none') return null;
  return deserializeKeyfileData(data).address;
}

/** The non-empty `ss58Address` of keyfile bytes that are a JSON object; undefined for anything else. */
function writtenAddress(data: Uint8Array): string | undefined {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data));
  } catch {
    return undefined;
  }
  const address = (json as { ss58Address?: unknown } | null)?.ss58Address;
  return typeof address === 'string' && address.length > 0 ? address : undefined;
}
