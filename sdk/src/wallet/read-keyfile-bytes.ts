import { readFile } from 'node:fs/promises';
import { SdkError } from '../errors/sdk-error.js';

/**
 * A keyfile's bytes, or `SDK_KEYFILE_NOT_FOUND` when there is no file at `path`; other I/O errors pass through.
 * Loads no crypto, so the light wallet entry can use it.
 *
 * @example
 * const data = await readKeyfileBytes(walletPaths({ name: 'owner' }).coldkeypub);
 */
export async function readKeyfileBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new SdkError('SDK_KEYFILE_NOT_FOUND', `No keyfile at ${path}.`, { cause });
    }
    throw cause;
  }
}
