import { ristretto255 } from '@noble/curves/ed25519';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { beforeAll, describe, expect, test } from 'vitest';
import { SdkError } from '../errors/sdk-error.js';
import { cryptoReady } from './crypto-ready.js';
import { createKeypair } from './keypair.js';
import { secretKeyFromSchnorrkel, secretKeyToSchnorrkel } from './schnorrkel-secret.js';
import { signMessage } from './sign-message.js';
import { verifySignature } from './verify-signature.js';

const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';

beforeAll(cryptoReady);

describe('createKeypair', () => {
  test('args: uri //Alice gives the well-known dev address', () => {
    expect(createKeypair({ uri: '//Alice' }).address).toBe(ALICE);
  });

  test('args: mnemonic matches polkadot-js (no derivation path, no password)', () => {
    const ours = createKeypair({ mnemonic: PHRASE });
    const theirs = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromMnemonic(PHRASE);
    expect(ours.address).toBe(theirs.address);
    expect(ours.seed?.length).toBe(32);
    expect(ours.mnemonic).toBe(PHRASE);
  });

  test('args: seed, privateKey and address round trip', () => {
    const a = createKeypair({ uri: '//Bob' });
    const canonical = secretKeyToSchnorrkel(a.secretKey!);
    const b = createKeypair({ privateKey: u8aToHex(canonical) });
    expect(b.address).toBe(a.address);
    expect(u8aToHex(b.secretKey!)).toBe(u8aToHex(a.secretKey!));
    expect(createKeypair({ address: a.address }).secretKey).toBeUndefined();
    const s = createKeypair({ seed: new Uint8Array(32).fill(1) });
    expect(createKeypair({ seed: u8aToHex(s.seed!) }).address).toBe(s.address);
  });

  test('behavior: keyfile privateKey is schnorrkel canonical: scalar·B is the public key', () => {
    const a = createKeypair({ uri: '//Charlie' });
    const canonical = secretKeyToSchnorrkel(a.secretKey!);
    let scalar = 0n;
    for (let i = 31; i >= 0; i--) scalar = (scalar << 8n) | BigInt(canonical[i]);
    const point = ristretto255.Point.BASE.multiply(scalar);
    expect(u8aToHex(point.toBytes())).toBe(u8aToHex(a.publicKey));
    expect(u8aToHex(secretKeyFromSchnorrkel(canonical))).toBe(u8aToHex(a.secretKey!));
  });

  test('error: bad mnemonic, bad address', () => {
    expect(() => createKeypair({ mnemonic: 'not a phrase' })).toThrowError(SdkError);
    try {
      createKeypair({ address: 'nope' });
    } catch (error) {
      expect((error as SdkError).code).toBe('SDK_INVALID_KEY');
    }
  });
});

describe('signMessage / verifySignature', () => {
  test('default: signs UTF-8 and verifies; 0x strings are hex-decoded', () => {
    const alice = createKeypair({ uri: '//Alice' });
    const sig = signMessage(alice, 'hello');
    expect(verifySignature({ message: 'hello', signature: sig, signer: alice.address })).toBe(true);
    expect(verifySignature({ message: 'hellp', signature: sig, signer: alice.address })).toBe(false);
    const hexSig = signMessage(alice, '0x0102');
    expect(
      verifySignature({
        message: new Uint8Array([1, 2]),
        signature: u8aToHex(hexSig),
        signer: alice.publicKey,
      }),
    ).toBe(true);
  });

  test('behavior: <Bytes>-wrapped signatures from polkadot-js signRaw verify', () => {
    const pair = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
    const sig = pair.sign(new TextEncoder().encode('<Bytes>payload</Bytes>'));
    expect(verifySignature({ message: 'payload', signature: sig, signer: pair.address })).toBe(true);
  });

  test('error: malformed signature returns false', () => {
    expect(verifySignature({ message: 'x', signature: '0x12', signer: ALICE })).toBe(false);
    expect(verifySignature({ message: 'x', signature: new Uint8Array(64), signer: 'bad' })).toBe(false);
  });
});
