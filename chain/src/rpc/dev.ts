import type { BuildMode } from '../blockchain/block-producer.js';
import { type Hex, hex } from './params.js';
import { invalid, method, optional, type Param, param, result } from './rpc-method.js';

/** `{ count? }`: how many blocks, 1 to 10,000 (default 1). */
function newBlockOptions(name: string): Param<number> {
  return param(name, '{ count? }', (v) => {
    if (typeof v !== 'object' || v === null) return invalid('{ count? }');
    const raw = 'count' in v ? v.count : undefined;
    const count = raw === undefined ? 1 : Number(raw);
    return Number.isSafeInteger(count) && count >= 1 && count <= 10_000
      ? count
      : invalid('{ count? } with count an integer 1..10000');
  });
}

const MODES: Readonly<Record<string, BuildMode>> = {
  interval: 'interval',
  instant: 'instant',
  manual: 'manual',
  batch: 'interval',
};

function buildMode(name: string): Param<BuildMode> {
  return param(name, "'interval' | 'instant' | 'manual'", (v) => {
    const mode = Object.hasOwn(MODES, String(v).toLowerCase()) ? MODES[String(v).toLowerCase()] : undefined;
    return mode ?? invalid("'interval' | 'instant' | 'manual'");
  });
}

/** `[[key, value | null], …]`: raw storage writes. */
function storageChanges(name: string): Param<[Hex, Hex | null][]> {
  const key = hex('key');
  return param(name, '[key, value | null][]', (v) => {
    if (!Array.isArray(v)) return invalid('[[key, value | null], …]');
    const changes: [Hex, Hex | null][] = [];
    for (const entry of v) {
      if (!Array.isArray(entry)) return invalid('[[key, value | null], …]');
      const k = key.read(entry[0]);
      const value = entry[1] === null ? null : key.read(entry[1]);
      if (typeof k !== 'string' || (value !== null && typeof value !== 'string'))
        return invalid('[[key, value | null], …] with hex keys and values');
      changes.push([k, value]);
    }
    return changes;
  });
}

/** A time in ms since the epoch, or a date string. */
function timestamp(name: string): Param<number> {
  return param(name, 'ms | date string', (v) => {
    const ms = typeof v === 'number' ? v : typeof v === 'string' ? Date.parse(v) : Number.NaN;
    return Number.isFinite(ms) && ms >= 0 ? ms : invalid('a timestamp in ms or a date string');
  });
}

/** `dev_*`: test controls (only served when dev RPCs are enabled). */
export const devMethods = {
  dev_newBlock: method({
    unsafe: true,
    params: [optional(newBlockOptions('options'))],
    result: result<string>('hash'),
    doc: 'builds `count` blocks now (default 1, at most 10,000); the hash of the last',
    handler: async (ctx, [count]) => {
      const blocks = await ctx.producer.newBlocks(count ?? 1);
      const last = blocks.at(-1);
      if (last === undefined) throw new Error('no block was built');
      return last.block.hash;
    },
  }),
  dev_setBlockBuildMode: method({
    unsafe: true,
    params: [buildMode('mode')],
    result: result<null>('null'),
    doc: 'switches block production: on a timer, on each transaction, or only on `dev_newBlock`',
    handler: (ctx, [mode]) => {
      ctx.producer.setMode(mode);
      return null;
    },
  }),
  dev_setStorage: method({
    unsafe: true,
    params: [storageChanges('changes')],
    result: result<string>('hash'),
    doc: 'raw storage writes, applied by a new block (committed, persisted, seen by subscriptions); its hash',
    handler: async (ctx, [changes]) => {
      const [block] = await ctx.producer.newBlocks(1, changes);
      if (block === undefined) throw new Error('no block was built');
      return block.block.hash;
    },
  }),
  dev_timeTravel: method({
    unsafe: true,
    params: [timestamp('time')],
    result: result<number>('ms'),
    doc: 'the timestamp the next block gets; later blocks follow on',
    handler: (ctx, [ms]) => {
      ctx.producer.timeTravel(ms);
      return ms;
    },
  }),
};
