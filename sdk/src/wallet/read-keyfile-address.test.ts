import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createWallet } from './create-wallet.js';
import { cryptoReady } from './crypto-ready.js';
import { createKeypair } from './keypair.js';
import { readKeyfileAddress } from './read-keyfile-address.js';

let dir: string;
const alice = createKeypair({ uri: '//Alice' });

beforeAll(async () => {
  await cryptoReady();
  dir = await mkdtemp(join(tmpdir(), 'subnetkit-keyfile-address-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readKeyfileAddress', () => {
  test('default: the public and plaintext files of a wallet give its addresses', async () => {
    const { coldkey, hotkey, paths } = await createWallet({ path: dir, name: 'w', coldkeyEncryption: null });
    expect(await readKeyfileAddress({ path: paths.coldkeypub })).toBe(coldkey.address);
    expect(await readKeyfileAddress({ path: paths.hotkeypub })).toBe(hotkey.address);
    expect(await readKeyfileAddress({ path: paths.hotkey })).toBe(hotkey.address);
  });

  test('behavior: the address is read as written, not derived from the key', async () => {
    const path = join(dir, 'stated');
    await writeFile(path, JSON.stringify({ secretPhrase: 'not checked', ss58Address: alice.address }));
    expect(await readKeyfileAddress({ path })).toBe(alice.address);
  });

  test('behavior: a file without ss58Address gets the address of its key', async () => {
    const path = join(dir, 'public-key-only');
    await writeFile(path, JSON.stringify({ publicKey: `0x${Buffer.from(alice.publicKey).toString('hex')}` }));
    expect(await readKeyfileAddress({ path })).toBe(alice.address);
  });

  test('behavior: an encrypted file gives null', async () => {
    const path = join(dir, 'encrypted');
    await writeFile(path, Buffer.concat([Buffer.from('$NACL'), Buffer.alloc(64, 7)]));
    expect(await readKeyfileAddress({ path })).toBeNull();
  });

  test('error: a missing file is SDK_KEYFILE_NOT_FOUND, damaged data SDK_KEYFILE_MALFORMED', async () => {
    await expect(readKeyfileAddress({ path: join(dir, 'absent') })).rejects.toMatchObject({
      code: 'SDK_KEYFILE_NOT_FOUND',
    });
    const path = join(dir, 'damaged');
    await writeFile(path, '{"ss58Address": ');
    await expect(readKeyfileAddress({ path })).rejects.toMatchObject({ code: 'SDK_KEYFILE_MALFORMED' });
  });
});
