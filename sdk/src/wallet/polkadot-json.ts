import { decodePair } from '@polkadot/keyring/pair/decode';
import { encodePair } from '@polkadot/keyring/pair/encode';
import { base64Decode, encodeAddress, jsonEncryptFormat } from '@polkadot/util-crypto';
import { SdkError } from '../errors/sdk-error.js';
import type { Keypair } from './keypair.js';
import { SS58_FORMAT } from './keypair.js';

/**
 * A polkadot-js JSON keystore (`pair.toJson()` / the extension's "export account").
 *
 * @example
 * const json: PolkadotJson = keypairToPolkadotJson(keypair, { password });
 */
export type PolkadotJson = {
  address: string;
  encoded: string;
  encoding: { content: string[]; type: string | string[]; version: string };
  meta?: Record<string, unknown>;
};

/**
 * Imports a polkadot-js JSON keystore (scrypt + xsalsa20-poly1305, version 3, sr25519), like Bittensor's
 * `Keypair.create_from_encrypted_json`. Throws `SDK_WRONG_PASSWORD` for a wrong password.
 *
 * @example
 * const keypair = keypairFromPolkadotJson(JSON.parse(await readFile('export.json', 'utf8')), { password });
 */
export function keypairFromPolkadotJson(json: PolkadotJson, parameters: { password: string }): Keypair {
  if (json.encoding?.version !== '3')
    throw new SdkError('SDK_KEYFILE_MALFORMED', 'Unsupported JSON keystore version.');
  if (!json.encoding.content.includes('sr25519')) {
    throw new SdkError('SDK_INVALID_KEY', 'Only sr25519 JSON keystores can be imported.');
  }
  let decoded: { publicKey: Uint8Array; secretKey: Uint8Array };
  try {
    decoded = decodePair(parameters.password, base64Decode(json.encoded), json.encoding.type as never);
  } catch (cause) {
    throw new SdkError('SDK_WRONG_PASSWORD', 'Wrong password: the JSON keystore does not decrypt.', {
      cause,
    });
  }
  const publicKey = new Uint8Array(decoded.publicKey);
  return {
    publicKey,
    secretKey: new Uint8Array(decoded.secretKey),
    address: encodeAddress(publicKey, SS58_FORMAT),
  };
}

/**
 * Exports a key pair as a polkadot-js JSON keystore encrypted with `password` (importable in polkadot.js apps and the
 * browser extension).
 *
 * @example
 * await writeFile('alice.json', JSON.stringify(keypairToPolkadotJson(alice, { password, name: 'alice' })));
 */
export function keypairToPolkadotJson(
  keypair: Keypair,
  parameters: { password: string; name?: string },
): PolkadotJson {
  if (keypair.secretKey === undefined)
    throw new SdkError('SDK_PUBLIC_KEY_ONLY', 'Cannot export a public-only key.');
  const encoded = encodePair(
    { publicKey: keypair.publicKey, secretKey: keypair.secretKey },
    parameters.password,
  );
  const format = jsonEncryptFormat(encoded, ['pkcs8', 'sr25519'], true);
  return {
    ...format,
    address: keypair.address,
    meta: { name: parameters.name ?? '', whenCreated: Date.now() },
  } as PolkadotJson;
}
