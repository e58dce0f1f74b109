import type { BuildMode } from '../blockchain/block-producer.js';
import { hexParam } from './params.js';
import type { RpcMethodTable } from './rpc-context.js';
import { RPC_ERROR, RpcError } from './rpc-error.js';

const invalid = (detail: string) => new RpcError(RPC_ERROR.INVALID_PARAMS, 'Invalid params', detail);

/**
 * `dev_*`: test controls (only served when dev RPCs are enabled).
 * - `dev_newBlock({ count? })` → hash of the last new block
 * - `dev_setBlockBuildMode('interval' | 'instant' | 'manual')` → null
 * - `dev_setStorage([[key, value | null], …])` → hash of the block that applied the writes
 * - `dev_timeTravel(msTimestamp | ISO date)` → the timestamp the next block gets
 */
export const devMethods: RpcMethodTable = {
  dev_newBlock: async (ctx, params) => {
    const options = (params[0] ?? {}) as { count?: unknown };
    if (typeof options !== 'object' || options === null) throw invalid('parameter 0: expected { count? }');
    const count = options.count === undefined ? 1 : Number(options.count);
    if (!Number.isSafeInteger(count) || count < 1 || count > 10_000)
      throw invalid('count must be an integer 1..10000');
    const blocks = await ctx.producer.newBlocks(count);
    return blocks.at(-1)!.block.hash;
  },
  dev_setBlockBuildMode: (ctx, params) => {
    const mode = String(params[0]).toLowerCase();
    const map: Record<string, BuildMode> = {
      interval: 'interval',
      instant: 'instant',
      manual: 'manual',
      batch: 'interval',
    };
    if (!(mode in map)) throw invalid("parameter 0: expected 'interval' | 'instant' | 'manual'");
    ctx.producer.setMode(map[mode]!);
    return null;
  },
  dev_setStorage: async (ctx, params) => {
    const pairs = params[0];
    if (!Array.isArray(pairs)) throw invalid('parameter 0: expected [[key, value | null], …]');
    const changes = pairs.map((p, i) => {
      if (!Array.isArray(p)) throw invalid(`entry ${i}: expected [key, value | null]`);
      return [hexParam(p, 0), p[1] === null ? null : hexParam(p, 1)] as const;
    });
    const block = await ctx.producer.newBlocks(1, changes);
    return block[0]!.block.hash;
  },
  dev_timeTravel: (ctx, params) => {
    const v = params[0];
    const ms = typeof v === 'number' ? v : typeof v === 'string' ? Date.parse(v) : Number.NaN;
    if (!Number.isFinite(ms) || ms < 0)
      throw invalid('parameter 0: expected a timestamp in ms or a date string');
    ctx.producer.timeTravel(ms);
    return ms;
  },
};
