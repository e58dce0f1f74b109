import { createCipheriv, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BaseError } from '../errors/base-error.js';
import { createWallet } from './create-wallet.js';
import { cryptoReady } from './crypto-ready.js';
import { keyfileEncryption } from './keyfile-encryption.js';
import { readKeyfile, writeKeyfile } from './keyfile-io.js';
import { createKeypair } from './keypair.js';
import { deriveNaclKey } from './nacl-encryption.js';
import { keypairFromPolkadotJson, keypairToPolkadotJson } from './polkadot-json.js';
import { signMessage } from './sign-message.js';
import { verifySignature } from './verify-signature.js';
import { walletPaths } from './wallet-paths.js';

let dir: string;
let key: Uint8Array; // one Argon2i derivation for the whole file (SENSITIVE limits take seconds)

beforeAll(async () => {
  await cryptoReady();
  dir = await mkdtemp(join(tmpdir(), 'subnetkit-wallet-'));
  key = deriveNaclKey('hunter2-correct');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('createWallet / readKeyfile', () => {
  test('default: create → encrypt → write → read → decrypt gives the same keys, files mode 0600', async () => {
    const { coldkey, hotkey, paths } = await createWallet({
      path: dir,
      name: 'w1',
      hotkey: 'hk',
      coldkeyEncryption: { key },
    });
    expect(paths).toEqual(walletPaths({ path: dir, name: 'w1', hotkey: 'hk' }));
    for (const file of Object.values(paths)) expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(keyfileEncryption(await readFile(paths.coldkey))).toBe('NaCl');
    expect(keyfileEncryption(await readFile(paths.hotkey))).toBe('none');

    const cold = await readKeyfile({ path: paths.coldkey, key });
    expect(cold.address).toBe(coldkey.address);
    expect(cold.mnemonic).toBe(coldkey.mnemonic);
    expect(u8aToHex(cold.secretKey!)).toBe(u8aToHex(coldkey.secretKey!));
    const hot = await readKeyfile({ path: paths.hotkey });
    expect(hot.address).toBe(hotkey.address);
    const coldpub = await readKeyfile({ path: paths.coldkeypub });
    expect(coldpub.address).toBe(coldkey.address);
    expect(coldpub.secretKey).toBeUndefined();
    const pubJson = JSON.parse(await readFile(paths.hotkeypub, 'utf8'));
    expect(Object.keys(pubJson).sort()).toEqual(['accountId', 'publicKey', 'ss58Address']);
  });

  test('behavior: plaintext keyfile JSON has Bittensor fields; privateKey-only files load', async () => {
    const alice = createKeypair({ uri: '//Alice' });
    const path = join(dir, 'alice');
    await writeKeyfile({ path, keypair: alice });
    const json = JSON.parse(await readFile(path, 'utf8'));
    expect(json.ss58Address).toBe(alice.address);
    expect(json.accountId).toBe(u8aToHex(alice.publicKey));
    expect(json.privateKey).toMatch(/^0x[0-9a-f]{128}$/);
    const loaded = await readKeyfile({ path });
    const sig = signMessage(loaded, 'x');
    expect(verifySignature({ message: 'x', signature: sig, signer: alice.address })).toBe(true);
  });

  test('error: existing file without overwrite, missing file, wrong key, no password source', async () => {
    const paths = walletPaths({ path: dir, name: 'w1', hotkey: 'hk' });
    await expect(
      writeKeyfile({ path: paths.hotkey, keypair: createKeypair({ uri: '//Eve' }) }),
    ).rejects.toMatchObject({ code: 'SDK_KEYFILE_EXISTS' });
    await expect(readKeyfile({ path: join(dir, 'nope') })).rejects.toMatchObject({
      code: 'SDK_KEYFILE_NOT_FOUND',
    });
    await expect(readKeyfile({ path: paths.coldkey, key: new Uint8Array(32) })).rejects.toMatchObject({
      code: 'SDK_WRONG_PASSWORD',
    });
    await expect(readKeyfile({ path: paths.coldkey })).rejects.toMatchObject({
      code: 'SDK_PASSWORD_REQUIRED',
    });
  });
});

describe('legacy $ANSIBLE_VAULT keyfiles', () => {
  // Ansible Vault 1.1 as documented by Ansible (and implemented by the Rust `ansible-vault` crate btwallet uses).
  function ansibleEncrypt(plaintext: Buffer, password: string): string {
    const salt = randomBytes(32);
    const derived = pbkdf2Sync(password, salt, 10_000, 80, 'sha256');
    const pad = 16 - (plaintext.length % 16);
    const padded = Buffer.concat([plaintext, Buffer.alloc(pad, pad)]);
    const cipher = createCipheriv('aes-256-ctr', derived.subarray(0, 32), derived.subarray(64, 80));
    const ciphertext = Buffer.concat([cipher.update(padded), cipher.final()]);
    const hmac = createHmac('sha256', derived.subarray(32, 64)).update(ciphertext).digest();
    const body = Buffer.from([salt, hmac, ciphertext].map((b) => b.toString('hex')).join('\n')).toString(
      'hex',
    );
    return `$ANSIBLE_VAULT;1.1;AES256\n${body.match(/.{1,80}/g)!.join('\n')}\n`;
  }

  test('default: reads a vault keyfile with the password from a BT_PW_ variable', async () => {
    const bob = createKeypair({ uri: '//Bob' });
    const path = join(dir, 'vault-coldkey');
    const plaintext = Buffer.from(
      JSON.stringify({ secretSeed: u8aToHex(createKeypair({ seed: new Uint8Array(32).fill(9) }).seed!) }),
    );
    await writeFile(path, ansibleEncrypt(plaintext, 'vaultpw'), { mode: 0o600 });
    const { encodePasswordForEnv, passwordEnvName } = await import('./password-env.js');
    const name = passwordEnvName(path);
    const loaded = await readKeyfile({ path, env: { [name]: encodePasswordForEnv(name, 'vaultpw') } });
    expect(loaded.address).toBe(createKeypair({ seed: new Uint8Array(32).fill(9) }).address);
    expect(bob.address).not.toBe(loaded.address);
    await expect(readKeyfile({ path, password: 'wrong' })).rejects.toMatchObject({
      code: 'SDK_WRONG_PASSWORD',
    });
  });
});

describe('polkadot-js JSON keystore', () => {
  test('default: a polkadot-js export imports and signs as the same account', () => {
    const pair = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri('//Ferdie');
    const json = pair.toJson('pjs-pass');
    const imported = keypairFromPolkadotJson(json as never, { password: 'pjs-pass' });
    expect(imported.address).toBe(pair.address);
    const sig = signMessage(imported, 'm');
    expect(pair.verify('m', sig, pair.publicKey)).toBe(true);
  });

  test('behavior: our export imports in polkadot-js keyring', () => {
    const dave = createKeypair({ uri: '//Dave' });
    const json = keypairToPolkadotJson(dave, { password: 'x1', name: 'dave' });
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    const pair = keyring.addFromJson(json as never);
    pair.decodePkcs8('x1');
    expect(pair.address).toBe(dave.address);
    expect(keyring.encodeAddress(pair.publicKey)).toBe(dave.address);
  });

  test('error: wrong password is SDK_WRONG_PASSWORD', () => {
    const json = new Keyring({ type: 'sr25519' }).addFromUri('//Eve').toJson('right');
    expect(() => keypairFromPolkadotJson(json as never, { password: 'wrong' })).toThrowError(
      expect.objectContaining({ code: 'SDK_WRONG_PASSWORD' }) as never,
    );
    try {
      keypairFromPolkadotJson(json as never, { password: 'wrong' });
    } catch (error) {
      expect(error).toBeInstanceOf(BaseError);
    }
  });
});
