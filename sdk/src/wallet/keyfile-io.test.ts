import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SdkError } from '../errors/sdk-error.js';
import { createWallet } from './create-wallet.js';
import { cryptoReady } from './crypto-ready.js';
import { keyfileEncryption } from './keyfile-encryption.js';
import { readKeyfile, writeKeyfile } from './keyfile-io.js';
import { createKeypair } from './keypair.js';
import { deriveNaclKey } from './nacl-encryption.js';
import { encodePasswordForEnv, passwordEnvName } from './password-env.js';
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
  // Made with the real `ansible-vault encrypt` (ansible-core 2.14, Debian 12), password "vault-pass-1", plaintext
  // {"secretSeed": "0x09…09"} (32 bytes of 9).
  const VAULT = `$ANSIBLE_VAULT;1.1;AES256
64336536343261623737616538383361313566313737663966333935383630613065653366613833
6534666565353166326633366632646663333063393138620a616433326237333262383366656532
37383133656534393638343239646537343636656138363031646537646334356330653535656433
3533663137626164300a353536333438336432346162653532656435366239653136643632313436
34366562626632383835613236376364393561396530333965353761323834613436363339623630
64643730346631616236316435363236303833373235613265643161313339626234663963333137
38613761366638653166306539343061303361626330643337626539326532366231323864656631
31306334656639656561626637656232316437383234366165613134356264316435653736336537
3639
`;

  test('default: reads a vault keyfile made by ansible-vault, password from a BT_PW_ variable', async () => {
    const path = join(dir, 'vault-coldkey');
    await writeFile(path, VAULT, { mode: 0o600 });
    expect(keyfileEncryption(await readFile(path))).toBe('Ansible Vault');
    const name = passwordEnvName(path);
    const loaded = await readKeyfile({ path, env: { [name]: encodePasswordForEnv(name, 'vault-pass-1') } });
    expect(loaded.address).toBe(createKeypair({ seed: new Uint8Array(32).fill(9) }).address);
  });

  test('error: wrong vault password is SDK_WRONG_PASSWORD', async () => {
    await expect(readKeyfile({ path: join(dir, 'vault-coldkey'), password: 'wrong' })).rejects.toMatchObject({
      code: 'SDK_WRONG_PASSWORD',
    });
  });
});

describe('polkadot-js JSON keystore', () => {
  // scrypt in pure JS takes ~1 s per use here: build the export once.
  const pair = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri('//Ferdie');
  const json = pair.toJson('pjs-pass');

  test('default: a polkadot-js export imports and signs as the same account', () => {
    const imported = keypairFromPolkadotJson(json as never, { password: 'pjs-pass' });
    expect(imported.address).toBe(pair.address);
    const sig = signMessage(imported, 'm');
    expect(pair.verify('m', sig, pair.publicKey)).toBe(true);
  });

  test('behavior: our export imports in polkadot-js keyring', () => {
    const dave = createKeypair({ uri: '//Dave' });
    const exported = keypairToPolkadotJson(dave, { password: 'x1', name: 'dave' });
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    const imported = keyring.addFromJson(exported as never);
    imported.decodePkcs8('x1');
    expect(imported.address).toBe(dave.address);
    expect(u8aToHex(imported.sign('z')).length).toBe(130);
  });

  test('error: wrong password is SDK_WRONG_PASSWORD', () => {
    let caught: unknown;
    try {
      keypairFromPolkadotJson(json as never, { password: 'wrong' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SdkError);
    expect((caught as SdkError).code).toBe('SDK_WRONG_PASSWORD');
  });
});
