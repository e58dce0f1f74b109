import { DEV_PHRASE } from '@polkadot/keyring';
import {
  decodeAddress,
  encodeAddress,
  keyExtractSuri,
  keyFromPath,
  mnemonicToMiniSecret,
  mnemonicValidate,
  sr25519PairFromSeed,
} from '@polkadot/util-crypto';
import { getPublicKey } from '@scure/sr25519';
import { SdkError } from '../errors/sdk-error.js';
import { secretKeyFromSchnorrkel } from './schnorrkel-secret.js';

/**
 * SS58 prefix Bittensor uses for addresses.
 *
 * @example
 * encodeAddress(keypair.publicKey, SS58_FORMAT);
 */
export const SS58_FORMAT = 42;

/**
 * An sr25519 key pair as Bittensor keeps it. `secretKey` is absent for public-only keys (`coldkeypub.txt`).
 * `secretKey` is in the polkadot-js (ed25519-expanded) form; keyfiles store the schnorrkel form.
 *
 * @example
 * const keypair: Keypair = createKeypair({ uri: '//Alice' });
 * console.log(keypair.address); // 5GrwvaEF…
 */
export type Keypair = {
  /** 32-byte sr25519 public key. */
  readonly publicKey: Uint8Array;
  /** SS58 address (prefix 42). */
  readonly address: string;
  /** 64-byte secret key, absent for public-only keys. */
  readonly secretKey?: Uint8Array;
  /** BIP-39 phrase, when the key was created from one. */
  readonly mnemonic?: string;
  /** 32-byte mini-secret seed, when known. */
  readonly seed?: Uint8Array;
};

/**
 * Parameters of {@link createKeypair}: exactly one source.
 *
 * @example
 * const parameters: CreateKeypairParameters = { uri: '//Alice' };
 * const alice = createKeypair(parameters);
 */
export type CreateKeypairParameters =
  | { mnemonic: string }
  | { seed: Uint8Array | string }
  | { uri: string }
  | { privateKey: Uint8Array | string }
  | { publicKey: Uint8Array | string }
  | { address: string };

/**
 * Creates an sr25519 key pair the way Bittensor's wallet does: from a BIP-39 mnemonic (no password, no derivation),
 * a 32-byte seed, a `//Dev` style URI, a 64-byte schnorrkel private key (a keyfile's `privateKey`), or public data
 * only.
 *
 * @example
 * const alice = createKeypair({ uri: '//Alice' });
 * const fromPhrase = createKeypair({ mnemonic: 'bottom drive obey lake curtain smoke basket hold race lonely fit walk' });
 * const watchOnly = createKeypair({ address: alice.address });
 */
export function createKeypair(parameters: CreateKeypairParameters): Keypair {
  if ('mnemonic' in parameters) {
    const mnemonic = parameters.mnemonic.trim().split(/\s+/).join(' ');
    if (!mnemonicValidate(mnemonic)) throw new SdkError('SDK_INVALID_MNEMONIC', 'Invalid BIP-39 mnemonic.');
    const seed = mnemonicToMiniSecret(mnemonic);
    return { ...fromSeed(seed), mnemonic, seed };
  }
  if ('seed' in parameters) {
    const seed = toBytes(parameters.seed, 'seed');
    if (seed.length !== 32)
      throw new SdkError('SDK_INVALID_KEY', `Expected a 32-byte seed, got ${seed.length} bytes.`);
    return { ...fromSeed(seed), seed };
  }
  if ('uri' in parameters) return fromUri(parameters.uri);
  if ('privateKey' in parameters) {
    const canonical = toBytes(parameters.privateKey, 'privateKey');
    if (canonical.length === 32) return createKeypair({ seed: canonical });
    const secretKey = secretKeyFromSchnorrkel(canonical);
    const publicKey = publicFromSecret(secretKey);
    return { publicKey, secretKey, address: encodeAddress(publicKey, SS58_FORMAT) };
  }
  if ('publicKey' in parameters) {
    const publicKey = toBytes(parameters.publicKey, 'publicKey');
    if (publicKey.length !== 32) throw new SdkError('SDK_INVALID_KEY', 'Expected a 32-byte public key.');
    return { publicKey, address: encodeAddress(publicKey, SS58_FORMAT) };
  }
  return createKeypair({ publicKey: decodeAddressOrThrow(parameters.address) });
}

function fromSeed(seed: Uint8Array): Keypair {
  const { publicKey, secretKey } = sr25519PairFromSeed(seed);
  return { publicKey, secretKey, address: encodeAddress(publicKey, SS58_FORMAT) };
}

function fromUri(uri: string): Keypair {
  const suri = uri.startsWith('//') || uri.startsWith('/') ? `${DEV_PHRASE}${uri}` : uri;
  let extracted: ReturnType<typeof keyExtractSuri>;
  try {
    extracted = keyExtractSuri(suri);
  } catch (cause) {
    throw new SdkError('SDK_INVALID_ARGUMENT', `Invalid key URI "${uri}".`, { cause });
  }
  const { phrase, password, path } = extracted;
  let seed: Uint8Array;
  if (/^0x[0-9a-fA-F]{64}$/.test(phrase)) seed = toBytes(phrase, 'seed');
  else {
    if (!mnemonicValidate(phrase))
      throw new SdkError('SDK_INVALID_MNEMONIC', 'Invalid BIP-39 mnemonic in URI.');
    seed = mnemonicToMiniSecret(phrase, password);
  }
  if (path.length === 0) return { ...fromSeed(seed), seed };
  const derived = keyFromPath(sr25519PairFromSeed(seed), path, 'sr25519');
  return {
    publicKey: derived.publicKey,
    secretKey: derived.secretKey,
    address: encodeAddress(derived.publicKey, SS58_FORMAT),
  };
}

function publicFromSecret(secretKey: Uint8Array): Uint8Array {
  return getPublicKey(secretKey);
}

function decodeAddressOrThrow(address: string): Uint8Array {
  try {
    return decodeAddress(address);
  } catch (cause) {
    throw new SdkError('SDK_INVALID_KEY', `Invalid SS58 address "${address}".`, { cause });
  }
}

function toBytes(value: Uint8Array | string, what: string): Uint8Array {
  if (typeof value !== 'string') return value;
  const hex = value.startsWith('0x') ? value.slice(2) : value;
  if (!/^([0-9a-fA-F]{2})*$/.test(hex)) throw new SdkError('SDK_INVALID_KEY', `${what} is not hex.`);
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}
