/**
 * Chain and subnet identities as the SDK shows them: camel-case fields of UTF-8 text, in the order of subtensor's
 * `ChainIdentityV2` and `SubnetIdentityV3`; their call arguments and their decoding from storage.
 */
import type { Codec } from '@polkadot/types/types';
import { u8aToHex } from '@polkadot/util';
import { SdkError } from '../errors/sdk-error.js';

/**
 * A coldkey's on-chain identity (`SubtensorModule.IdentitiesV2`), each field UTF-8 text. Limits (bytes): name, url,
 * githubRepo, discord 256; image, description, additional 1024.
 *
 * @example
 * const identity: ChainIdentity = { ...EMPTY_CHAIN_IDENTITY, name: 'Alice Labs', url: 'https://alice.example' };
 */
export type ChainIdentity = {
  readonly name: string;
  readonly url: string;
  readonly githubRepo: string;
  readonly image: string;
  readonly discord: string;
  readonly description: string;
  readonly additional: string;
};

/**
 * A subnet's identity (`SubtensorModule.SubnetIdentitiesV3`), each field UTF-8 text. Limits (bytes): subnetName,
 * discord 256; the others 1024.
 *
 * @example
 * const identity: SubnetIdentity = { ...EMPTY_SUBNET_IDENTITY, subnetName: 'digits' };
 */
export type SubnetIdentity = {
  readonly subnetName: string;
  readonly githubRepo: string;
  readonly subnetContact: string;
  readonly subnetUrl: string;
  readonly discord: string;
  readonly description: string;
  readonly logoUrl: string;
  readonly additional: string;
};

/** Every field of a {@link ChainIdentity} empty. @example ({ ...EMPTY_CHAIN_IDENTITY, name: 'me' }) */
export const EMPTY_CHAIN_IDENTITY: ChainIdentity = Object.freeze({
  name: '',
  url: '',
  githubRepo: '',
  image: '',
  discord: '',
  description: '',
  additional: '',
});

/** Every field of a {@link SubnetIdentity} empty. @example ({ ...EMPTY_SUBNET_IDENTITY, subnetName: 'digits' }) */
export const EMPTY_SUBNET_IDENTITY: SubnetIdentity = Object.freeze({
  subnetName: '',
  githubRepo: '',
  subnetContact: '',
  subnetUrl: '',
  discord: '',
  description: '',
  logoUrl: '',
  additional: '',
});

const CHAIN_FIELDS = Object.keys(EMPTY_CHAIN_IDENTITY) as (keyof ChainIdentity)[];
const SUBNET_FIELDS = Object.keys(EMPTY_SUBNET_IDENTITY) as (keyof SubnetIdentity)[];
const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The fields in declaration order as raw-bytes hex (a plain string that looks like hex would be taken as bytes). */
function fieldArguments<T extends Record<string, string>>(
  name: string,
  fields: readonly (keyof T & string)[],
  identity: Partial<T>,
): string[] {
  for (const key of Object.keys(identity)) {
    if (!fields.includes(key)) {
      throw new SdkError(
        'SDK_INVALID_ARGUMENT',
        `\`${name}\` has no field \`${key}\` (fields: ${fields.join(', ')}).`,
      );
    }
  }
  return fields.map((field) => {
    const value = identity[field] ?? '';
    if (typeof value !== 'string') {
      throw new SdkError(
        'SDK_INVALID_ARGUMENT',
        `\`${name}.${field}\` must be a string, got ${typeof value}.`,
      );
    }
    return u8aToHex(new TextEncoder().encode(value));
  });
}

/**
 * `set_identity`'s seven arguments (missing fields empty), each as `Vec<u8>` hex.
 *
 * @example
 * api.tx.subtensorModule.setIdentity(...chainIdentityArguments({ name: 'me' }));
 */
export function chainIdentityArguments(identity: Partial<ChainIdentity>): string[] {
  return fieldArguments('identity', CHAIN_FIELDS, identity);
}

/**
 * `SubnetIdentityV3` as `set_subnet_identity`'s eight arguments (missing fields empty), each as `Vec<u8>` hex.
 *
 * @example
 * api.tx.subtensorModule.setSubnetIdentity(netuid, ...subnetIdentityArguments({ subnetName: 'digits' }));
 */
export function subnetIdentityArguments(identity: Partial<SubnetIdentity>): string[] {
  return fieldArguments('identity', SUBNET_FIELDS, identity);
}

/**
 * The same as a `SubnetIdentityV3` struct value (snake-case keys), for `register_network_with_identity`.
 *
 * @example
 * api.tx.subtensorModule.registerNetworkWithIdentity(hotkey, subnetIdentityStruct({ subnetName: 'digits' }));
 */
export function subnetIdentityStruct(identity: Partial<SubnetIdentity>): Record<string, string> {
  const values = subnetIdentityArguments(identity);
  return Object.fromEntries(SUBNET_FIELDS.map((field, i) => [snake(field), values[i]]));
}

/** The struct's `Vec<u8>` fields as UTF-8 text (@polkadot/api keys struct fields in camel case, as the SDK). */
function decodeFields<T>(fields: readonly string[], codec: Codec): T {
  const struct = codec as unknown as { get(key: string): Codec | undefined };
  const text = (field: string) => new TextDecoder().decode(struct.get(field)?.toU8a(true));
  return Object.fromEntries(fields.map((field) => [field, text(field)])) as T;
}

/**
 * A stored `ChainIdentityV2` (an unwrapped `Option`) as a {@link ChainIdentity}.
 *
 * @example
 * const identity = decodeChainIdentity((await api.query.subtensorModule.identitiesV2(coldkey)).unwrap());
 */
export function decodeChainIdentity(codec: Codec): ChainIdentity {
  return decodeFields<ChainIdentity>(CHAIN_FIELDS, codec);
}

/**
 * A stored `SubnetIdentityV3` (an unwrapped `Option`) as a {@link SubnetIdentity}.
 *
 * @example
 * const identity = decodeSubnetIdentity((await api.query.subtensorModule.subnetIdentitiesV3(1)).unwrap());
 */
export function decodeSubnetIdentity(codec: Codec): SubnetIdentity {
  return decodeFields<SubnetIdentity>(SUBNET_FIELDS, codec);
}
