import { Metadata, TypeRegistry } from '@polkadot/types';
import { u8aToHex } from '@polkadot/util';
import type { PalletDecl } from '../define-pallet.js';
import { MultiAddress, MultiSignature } from '../primitives.js';
import type { RuntimeApiDecl } from '../runtime-api.js';
import { extraType, type OuterTypes, SIGNED_EXTENSIONS } from '../runtime-types.js';
import { encode } from '../scale/codec.js';
import { type TypeDef, tuple } from '../scale/type-def.js';
import { TypeRegistryBuilder } from './type-registry-builder.js';

/** Inputs of `buildMetadata`. */
export interface BuildMetadataInput {
  readonly pallets: readonly PalletDecl[];
  readonly outer: OuterTypes;
  readonly extrinsicType: TypeDef;
  readonly apis: readonly RuntimeApiDecl[];
}

/** The encoded metadata (`"meta"` magic + version + body) for each supported version. */
export interface BuiltMetadata {
  readonly v14: Uint8Array;
  readonly v15: Uint8Array;
}

const MAGIC = 0x6174656d;

/**
 * Builds metadata V14 and V15 from pallet declarations, using `@polkadot/types` to encode them
 * (which also validates that polkadot-js can read them back).
 *
 * @example
 * const { v14, v15 } = buildMetadata({ pallets, outer, extrinsicType, apis });
 */
export function buildMetadata(input: BuildMetadataInput): BuiltMetadata {
  const b = new TypeRegistryBuilder();
  const { outer } = input;
  const palletsJson = input.pallets.map((p) => {
    const call = outer.calls.get(p.name);
    const event = outer.events.get(p.name);
    const error = outer.errors.get(p.name);
    return {
      name: p.name,
      storage:
        p.storage.length === 0
          ? null
          : {
              prefix: p.name,
              items: p.storage.map((s) => ({
                name: s.name,
                modifier: s.modifier,
                type:
                  s.keys.length === 0
                    ? { Plain: b.id(s.value) }
                    : {
                        Map: {
                          hashers: [...s.hashers],
                          key: b.id(s.keys.length === 1 ? s.keys[0]! : tuple(...s.keys)),
                          value: b.id(s.value),
                        },
                      },
                fallback: u8aToHex(s.fallback),
                docs: [...s.docs],
              })),
            },
      calls: call ? { type: b.id(call) } : null,
      events: event ? { type: b.id(event) } : null,
      constants: p.constants.map((c) => ({
        name: c.name,
        type: b.id(c.type),
        value: u8aToHex(encode(c.type, c.value)),
        docs: [...(c.docs ?? [])],
      })),
      errors: error ? { type: b.id(error) } : null,
      index: p.index,
      docs: [...(p.docs ?? [])],
    };
  });
  const extrinsicId = b.id(input.extrinsicType);
  const signedExtensions = SIGNED_EXTENSIONS.map((e) => ({
    identifier: e.identifier,
    type: b.id(e.type),
    additionalSigned: b.id(e.additionalSigned),
  }));
  const runtimeCallId = b.id(outer.runtimeCall);
  const runtimeEventId = b.id(outer.runtimeEvent);
  const runtimeErrorId = b.id(outer.runtimeError);
  const runtimeId = b.id(outer.runtime);
  const apis = input.apis.map((api) => ({
    name: api.name,
    methods: api.methods.map((m) => ({
      name: m.name,
      inputs: m.inputs.map((i) => ({ name: i.name, type: b.id(i.type) })),
      output: b.id(m.output),
      docs: [...(m.docs ?? [])],
    })),
    docs: [...(api.docs ?? [])],
  }));
  const extensionsV15 = {
    version: 4,
    addressType: b.id(MultiAddress),
    callType: runtimeCallId,
    signatureType: b.id(MultiSignature),
    extraType: b.id(extraType),
    signedExtensions,
  };
  const lookup = { types: b.types };

  const v14 = new Metadata(new TypeRegistry(), {
    magicNumber: MAGIC,
    metadata: {
      V14: {
        lookup,
        pallets: palletsJson.map(({ docs: _docs, ...rest }) => rest),
        extrinsic: { type: extrinsicId, version: 4, signedExtensions },
        type: runtimeId,
      },
    },
  } as never);
  const v15 = new Metadata(new TypeRegistry(), {
    magicNumber: MAGIC,
    metadata: {
      V15: {
        lookup,
        pallets: palletsJson,
        extrinsic: extensionsV15,
        type: runtimeId,
        apis,
        outerEnums: { callType: runtimeCallId, eventType: runtimeEventId, errorType: runtimeErrorId },
        custom: { map: new Map() },
      },
    },
  } as never);
  return { v14: v14.toU8a(), v15: v15.toU8a() };
}
