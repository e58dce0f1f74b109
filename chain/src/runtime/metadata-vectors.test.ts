/**
 * Locks the runtime's wire surface: metadata V14/V15 bytes and the call data of every declared call
 * (built from a deterministic sample of its argument types) must equal the vectors committed in
 * `chain/test-vectors/metadata/`. A change to a declaration, the metadata builder or the codec that
 * alters a byte fails here; regenerate with `npx vitest run -u` only when the change is meant.
 */
import { u8aToHex } from '@polkadot/util';
import { describe, expect, it } from 'vitest';
import { decode, encode } from '../frame/scale/codec.js';
import { resolveType, type TypeDef } from '../frame/scale/type-def.js';
import { createRuntime } from './runtime.js';

const VECTORS = '../../test-vectors/metadata';

/** A value of `def` that depends only on the type's shape and `seed`. */
function sample(def: TypeDef, seed: number, depth = 0): unknown {
  const d = resolveType(def);
  switch (d.kind) {
    case 'primitive':
      switch (d.name) {
        case 'Bool':
          return seed % 2 === 0;
        case 'Str':
          return `s${seed}`;
        case 'U8':
          return (seed * 7) % 256;
        case 'U16':
          return (seed * 257) % 65_536;
        case 'U32':
          return (seed * 65_537) % 2 ** 32;
        case 'I16':
        case 'I32':
          return -((seed * 31) % 30_000);
        case 'I64':
          return -BigInt(seed) * 1_000_003n;
        default:
          return BigInt(seed) * 0x1_0000_0001n;
      }
    case 'compact': {
      const inner = resolveType(d.inner);
      const small = inner.kind === 'primitive' && ['U8', 'U16', 'U32'].includes(inner.name);
      return small ? (seed * 1_009) % 256 : BigInt(seed) * 1_000_000_007n;
    }
    case 'sequence': {
      const inner = resolveType(d.inner);
      if (inner.kind === 'primitive' && inner.name === 'U8') {
        return Uint8Array.from({ length: (seed % 5) + 1 }, (_, i) => (seed + i) % 256);
      }
      return Array.from({ length: (seed % 3) + 1 }, (_, i) => sample(inner, seed + i + 1, depth + 1));
    }
    case 'array': {
      const inner = resolveType(d.inner);
      if (inner.kind === 'primitive' && inner.name === 'U8') {
        return Uint8Array.from({ length: d.len }, (_, i) => (seed * 3 + i) % 256);
      }
      return Array.from({ length: d.len }, (_, i) => sample(inner, seed + i + 1, depth + 1));
    }
    case 'tuple':
      return d.items.map((t, i) => sample(t, seed + i + 1, depth + 1));
    case 'composite':
      return sampleFields(d.fields, seed, depth) ?? {};
    case 'variant': {
      // Past a few levels (a `RuntimeCall` inside `Sudo.sudo`), the first variant keeps samples finite.
      const v = d.variants[depth > 2 ? 0 : seed % d.variants.length];
      if (v === undefined) throw new Error('empty enum');
      const value = sampleFields(v.fields, seed + 1, depth + 1);
      return value === undefined ? { type: v.name } : { type: v.name, value };
    }
  }
}

function sampleFields(
  fields: readonly { name: string | null; type: TypeDef }[],
  seed: number,
  depth: number,
): unknown {
  if (fields.length === 0) return undefined;
  const values = fields.map((f, i) => sample(f.type, seed + i * 11, depth + 1));
  if (fields.length === 1 && fields[0]?.name === null) return values[0];
  if (fields[0]?.name === null) return values;
  return Object.fromEntries(fields.map((f, i) => [f.name, values[i]]));
}

describe('metadata vectors', () => {
  const runtime = createRuntime();

  it('default: metadata V14 bytes equal the committed vector', async () => {
    await expect(u8aToHex(runtime.metadata.v14)).toMatchFileSnapshot(`${VECTORS}/v14.hex`);
  });

  it('default: metadata V15 bytes equal the committed vector', async () => {
    await expect(u8aToHex(runtime.metadata.v15)).toMatchFileSnapshot(`${VECTORS}/v15.hex`);
  });

  it('behavior: the call data of every declared call equals the committed vector and decodes back', async () => {
    const callData: Record<string, string> = {};
    for (const pallet of runtime.pallets) {
      pallet.calls.forEach((call, i) => {
        const args = sampleFields(call.args, pallet.index * 1_000 + call.index + i, 1) ?? {};
        const value = { type: pallet.name, value: { type: call.name, value: args } };
        const bytes = encode(runtime.outer.runtimeCall, value);
        expect(encode(runtime.outer.runtimeCall, decode(runtime.outer.runtimeCall, bytes))).toEqual(bytes);
        callData[`${pallet.name}.${call.name}`] = u8aToHex(bytes);
      });
    }
    await expect(`${JSON.stringify(callData, null, 2)}\n`).toMatchFileSnapshot(`${VECTORS}/call-data.json`);
  });
});
