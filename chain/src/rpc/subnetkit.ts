/**
 * `subnetkit_*`: the devnet's own methods, beyond Substrate's and subtensor's. `subnetkit_forecast` runs the
 * next blocks of the chain on a throwaway copy of the best block's state — the runtime's real block
 * initialisation (coinbase, epochs) and finalisation, with no transactions — and reports what they do to
 * one subnet. Nothing is committed.
 */
import type { EpochPayout, SubnetBlock } from '../pallets/subtensor/subnet-forecast.js';
import { readSubnetBlock, watchDrains } from '../pallets/subtensor/subnet-forecast.js';
import { subnetExists } from '../pallets/subtensor/subnets.js';
import { RPC_ERROR, RpcError } from './rpc-error.js';
import { invalid, method, type Param, param, result } from './rpc-method.js';

/** The most blocks one forecast runs: a day of 12 s blocks. */
export const MAX_FORECAST_BLOCKS = 7_200;

/** Every bigint of `T` as its decimal string (how amounts travel in JSON, exactly). */
type Decimal<T> = {
  [K in keyof T]: T[K] extends bigint ? string : T[K] extends object | undefined ? Decimal<T[K]> : T[K];
};

/** One forecast block as JSON. */
export type ForecastBlockJson = Decimal<SubnetBlock>;

/** `subnetkit_forecast`'s answer. */
export interface ForecastJson {
  readonly netuid: number;
  /** The best block the forecast starts from. */
  readonly from: { readonly number: number; readonly hash: string };
  readonly blocks: ForecastBlockJson[];
  readonly totals: {
    readonly taoInEmission: string;
    readonly excessTao: string;
    readonly alphaInEmission: string;
    readonly alphaOutEmission: string;
    readonly epochs: number;
  } & Decimal<EpochPayout>;
}

const shape = `{ netuid, blocks } with blocks an integer 1..${MAX_FORECAST_BLOCKS}`;

/** `{ netuid, blocks }`: a subnet id and how many blocks to run. */
function forecastOptions(name: string): Param<{ netuid: number; blocks: number }> {
  return param(name, '{ netuid, blocks }', (v) => {
    if (typeof v !== 'object' || v === null) return invalid(shape);
    const netuid = 'netuid' in v ? Number(v.netuid) : Number.NaN;
    if (!(Number.isInteger(netuid) && netuid >= 0 && netuid <= 0xffff))
      return invalid('{ netuid, blocks } with netuid a subnet id (0..65535)');
    const blocks = 'blocks' in v ? Number(v.blocks) : Number.NaN;
    if (!(Number.isInteger(blocks) && blocks >= 1 && blocks <= MAX_FORECAST_BLOCKS)) return invalid(shape);
    return { netuid, blocks };
  });
}

function payoutJson(payout: EpochPayout): Decimal<EpochPayout> {
  return {
    ownerCut: String(payout.ownerCut),
    server: String(payout.server),
    validator: String(payout.validator),
    root: String(payout.root),
  };
}

function blockJson(row: SubnetBlock): ForecastBlockJson {
  return {
    block: row.block,
    price: String(row.price),
    movingPriceBits: String(row.movingPriceBits),
    taoInEmission: String(row.taoInEmission),
    excessTao: String(row.excessTao),
    alphaInEmission: String(row.alphaInEmission),
    alphaOutEmission: String(row.alphaOutEmission),
    subnetTao: String(row.subnetTao),
    alphaIn: String(row.alphaIn),
    alphaOut: String(row.alphaOut),
    pendingOwnerCut: String(row.pendingOwnerCut),
    pendingServerEmission: String(row.pendingServerEmission),
    pendingValidatorEmission: String(row.pendingValidatorEmission),
    pendingRootAlphaDivs: String(row.pendingRootAlphaDivs),
    ownerStake: String(row.ownerStake),
    totalIssuance: String(row.totalIssuance),
    ...(row.epoch === undefined ? {} : { epoch: payoutJson(row.epoch) }),
  };
}

function sum(rows: readonly SubnetBlock[], pick: (row: SubnetBlock) => bigint | undefined): string {
  return rows.reduce((total, row) => total + (pick(row) ?? 0n), 0n).toString();
}

/**
 * The `subnetkit_*` methods.
 *
 * @example
 * await provider.send('subnetkit_forecast', [{ netuid: 1, blocks: 360 }]);
 * // → { netuid: 1, from: { number, hash }, blocks: [{ block, price, movingPriceBits, … }], totals }
 */
export const subnetkitMethods = {
  subnetkit_forecast: method({
    unsafe: true,
    params: [forecastOptions('options')],
    result: result<ForecastJson>('{ netuid, from, blocks: SubnetBlock[], totals }'),
    doc: `runs the next \`blocks\` empty blocks (at most ${MAX_FORECAST_BLOCKS}) on a copy of the best block's state, commits nothing; subnet \`netuid\` after each (price, moving price, emission, pending, owner stake, epoch payouts)`,
    handler: (ctx, [{ netuid, blocks }]) => {
      const head = ctx.chain.head();
      if (!subnetExists(ctx.chain.stateAt(head.hash), netuid))
        throw new RpcError(RPC_ERROR.INVALID_PARAMS, 'Invalid params', `subnet ${netuid} does not exist`);
      const watch = watchDrains(netuid);
      const rows = ctx.chain.forecast(
        blocks,
        BigInt(ctx.producer.now()),
        BigInt(ctx.producer.blockTime),
        (state, block) => readSubnetBlock(state, netuid, block.number, watch.take()),
        watch.wrap,
      );
      return {
        netuid,
        from: { number: head.number, hash: head.hash },
        blocks: rows.map(blockJson),
        totals: {
          taoInEmission: sum(rows, (r) => r.taoInEmission),
          excessTao: sum(rows, (r) => r.excessTao),
          alphaInEmission: sum(rows, (r) => r.alphaInEmission),
          alphaOutEmission: sum(rows, (r) => r.alphaOutEmission),
          epochs: rows.filter((r) => r.epoch !== undefined).length,
          ownerCut: sum(rows, (r) => r.epoch?.ownerCut),
          server: sum(rows, (r) => r.epoch?.server),
          validator: sum(rows, (r) => r.epoch?.validator),
          root: sum(rows, (r) => r.epoch?.root),
        },
      };
    },
  }),
};
