/** The parameter kinds JSON-RPC methods declare (`rpc-method.ts` reads them, docs show their types). */
import { invalid, type Param, param } from './rpc-method.js';

/** Whole bytes of hex, `0x` optional (as Substrate's `Bytes` deserializer reads them; `""` is no bytes). */
const HEX = /^(?:0x)?((?:[0-9a-fA-F]{2})*)$/;

/** A lowercase `0x` hex string. */
export type Hex = `0x${string}`;

function readHex(v: unknown): Hex | undefined {
  const m = typeof v === 'string' ? HEX.exec(v) : null;
  return m === null ? undefined : `0x${(m[1] ?? '').toLowerCase()}`;
}

/** A hex string of whole bytes, `0x` optional, read as lowercase `0x` hex. @example hex('key') */
export function hex(name: string): Param<Hex> {
  return param(name, 'hex', (v) => readHex(v) ?? invalid('a hex string of whole bytes'));
}

/** A 32-byte block hash. @example optional(hash('at')) */
export function hash(name: string): Param<Hex> {
  return param(name, 'hash', (v) => {
    const h = readHex(v);
    return h !== undefined && h.length === 66 ? h : invalid('a 32-byte block hash');
  });
}

/** A string. @example text('method') */
export function text(name: string): Param<string> {
  return param(name, 'string', (v) => (typeof v === 'string' ? v : invalid('a string')));
}

/** A non-negative integer, as a number or a decimal or `0x` string. @example uint('count') */
export function uint(name: string): Param<number> {
  return param(name, 'uint', (v) => {
    const n =
      typeof v === 'number'
        ? v
        : typeof v === 'string' && /^(0x[0-9a-fA-F]+|\d+)$/.test(v)
          ? Number(v)
          : Number.NaN;
    return Number.isSafeInteger(n) && n >= 0 ? n : invalid('a non-negative integer');
  });
}

/** An array of hex strings. @example hexList('keys') */
export function hexList(name: string): Param<Hex[]> {
  return param(name, 'hex[]', (v) => {
    if (!Array.isArray(v)) return invalid('an array of hex strings');
    const out: Hex[] = [];
    for (const item of v) {
      const h = readHex(item);
      if (h === undefined) return invalid('an array of hex strings');
      out.push(h);
    }
    return out;
  });
}

/** A subscription id (any value reads as its string; an unknown id unsubscribes nothing). @example subscriptionId('id') */
export function subscriptionId(name: string): Param<string> {
  return param(name, 'string', (v) => String(v ?? ''));
}

/** A boolean. @example bool('withRuntime') */
export function bool(name: string): Param<boolean> {
  return param(name, 'bool', (v) => (typeof v === 'boolean' ? v : invalid('a boolean')));
}

/** One 32-byte block hash or a list of them, read as a list. @example hashes('hashOrHashes') */
export function hashes(name: string): Param<Hex[]> {
  const one = hash(name);
  return param(name, 'hash | hash[]', (v) => {
    const out: Hex[] = [];
    for (const item of Array.isArray(v) ? v : [v]) {
      const h = one.read(item);
      if (typeof h !== 'string') return invalid('a 32-byte block hash or a list of them');
      out.push(h);
    }
    return out;
  });
}
