import { SdkError } from '../../errors/sdk-error.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { ensureSubnet } from '../subnet-exists.js';
import { deadlineArgument, u16Argument } from '../validate-arguments.js';

/**
 * The devnet refuses forecasts longer than this many blocks (a day of 12 s blocks).
 *
 * @example
 * await forecastSubnet(client, { netuid: 1, blocks: MAX_FORECAST_BLOCKS });
 */
export const MAX_FORECAST_BLOCKS = 7_200;

/**
 * Parameters of {@link forecastSubnet}.
 *
 * @example
 * const parameters: ForecastSubnetParameters = { netuid: 1, blocks: 360 };
 */
export type ForecastSubnetParameters = {
  netuid: number;
  /** How many blocks to run, 1 to {@link MAX_FORECAST_BLOCKS}. */
  blocks: number;
} & ReadOptions;

/**
 * What an epoch drained from the subnet's pending accumulators and paid out, in alpha rao.
 *
 * @example
 * const payout: EpochPayout = { ownerCut: 64_800_000_000n, server: 0n, validator: 0n, root: 0n };
 */
export type EpochPayout = {
  /** Staked to the owner's hotkey. */
  ownerCut: bigint;
  /** Miners' incentive. */
  server: bigint;
  /** Validators' dividends. */
  validator: bigint;
  /** Root stakers' alpha dividends. */
  root: bigint;
};

/**
 * The subnet after one forecast block. TAO amounts in rao, alpha amounts in alpha rao (10^9 per alpha).
 *
 * @example
 * const next: SubnetForecastBlock = (await forecastSubnet(client, { netuid: 1, blocks: 1 })).blocks[0];
 */
export type SubnetForecastBlock = {
  block: number;
  /** Spot price, rao per alpha. */
  price: bigint;
  /** `SubnetMovingPrice`, TAO per alpha (`movingPriceBits / 2^32`). */
  movingPrice: number;
  /** `SubnetMovingPrice` as its I96F32 bits, exact. */
  movingPriceBits: bigint;
  /** TAO injected into the pool in this block. */
  taoInEmission: bigint;
  /** TAO over the injection cap that bought alpha from the pool in this block (a chain buy, `SubnetExcessTao`). */
  excessTao: bigint;
  /** Alpha injected into the pool in this block. */
  alphaInEmission: bigint;
  /** Alpha emitted to the subnet's participants in this block (owner cut, miners, validators, root). */
  alphaOutEmission: bigint;
  subnetTao: bigint;
  alphaIn: bigint;
  alphaOut: bigint;
  pendingOwnerCut: bigint;
  pendingServerEmission: bigint;
  pendingValidatorEmission: bigint;
  pendingRootAlphaDivs: bigint;
  /** The owner's stake on the subnet (owner hotkey, owner coldkey): where the owner cut lands. */
  ownerStake: bigint;
  totalIssuance: bigint;
  /** Present at blocks where the subnet's epoch ran. */
  epoch?: EpochPayout;
};

/**
 * What {@link forecastSubnet} returns: the block it starts from, each forecast block and the totals.
 *
 * @example
 * const { totals } = await forecastSubnet(client, { netuid: 1, blocks: 360 });
 */
export type ForecastSubnetReturnType = {
  netuid: number;
  from: { number: number; hash: string };
  blocks: SubnetForecastBlock[];
  totals: EpochPayout & {
    taoInEmission: bigint;
    excessTao: bigint;
    alphaInEmission: bigint;
    alphaOutEmission: bigint;
    /** Epochs of the subnet in the forecast. */
    epochs: number;
  };
};

type Json = Record<string, unknown>;
const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function amount(value: unknown): bigint {
  if (typeof value === 'string' && /^\d+$/.test(value)) return BigInt(value);
  throw new SdkError(
    'SDK_RPC_FAILED',
    'subnetkit_forecast answered an amount that is not a decimal string.',
    {
      details: String(value),
    },
  );
}

function payout(json: Json): EpochPayout {
  return {
    ownerCut: amount(json.ownerCut),
    server: amount(json.server),
    validator: amount(json.validator),
    root: amount(json.root),
  };
}

function forecastBlock(json: Json): SubnetForecastBlock {
  const bits = amount(json.movingPriceBits);
  return {
    block: Number(json.block),
    price: amount(json.price),
    movingPrice: Number(bits) / 2 ** 32,
    movingPriceBits: bits,
    taoInEmission: amount(json.taoInEmission),
    excessTao: amount(json.excessTao),
    alphaInEmission: amount(json.alphaInEmission),
    alphaOutEmission: amount(json.alphaOutEmission),
    subnetTao: amount(json.subnetTao),
    alphaIn: amount(json.alphaIn),
    alphaOut: amount(json.alphaOut),
    pendingOwnerCut: amount(json.pendingOwnerCut),
    pendingServerEmission: amount(json.pendingServerEmission),
    pendingValidatorEmission: amount(json.pendingValidatorEmission),
    pendingRootAlphaDivs: amount(json.pendingRootAlphaDivs),
    ownerStake: amount(json.ownerStake),
    totalIssuance: amount(json.totalIssuance),
    ...(isJson(json.epoch) ? { epoch: payout(json.epoch) } : {}),
  };
}

function forecastOf(json: unknown): ForecastSubnetReturnType {
  if (!isJson(json) || !Array.isArray(json.blocks) || !isJson(json.totals) || !isJson(json.from)) {
    throw new SdkError('SDK_RPC_FAILED', 'subnetkit_forecast answered something that is not a forecast.');
  }
  const { totals } = json;
  return {
    netuid: Number(json.netuid),
    from: { number: Number(json.from.number), hash: String(json.from.hash) },
    blocks: json.blocks.filter(isJson).map(forecastBlock),
    totals: {
      ...payout(totals),
      taoInEmission: amount(totals.taoInEmission),
      excessTao: amount(totals.excessTao),
      alphaInEmission: amount(totals.alphaInEmission),
      alphaOutEmission: amount(totals.alphaOutEmission),
      epochs: Number(totals.epochs),
    },
  };
}

/**
 * Forecasts a subnet on the devnet (`subnetkit_forecast`): the node runs the next `blocks` empty blocks with its
 * own runtime (coinbase, epochs) on a throwaway copy of its best state and reports the subnet after each: price,
 * moving price, emission, pending owner cut and emission, the owner's stake, and each epoch's payout. Nothing on
 * chain changes. `SDK_SUBNET_NOT_FOUND` for an unknown netuid; a real subtensor node has no such method
 * (`SDK_RPC_FAILED`).
 *
 * @example
 * const { blocks, totals } = await forecastSubnet(client, { netuid: 1, blocks: 360 });
 * console.log(blocks[0].taoInEmission, totals.ownerCut, blocks.at(-1)?.price);
 */
export async function forecastSubnet(
  client: SubtensorClient,
  parameters: ForecastSubnetParameters,
): Promise<ForecastSubnetReturnType> {
  const netuid = u16Argument('netuid', parameters.netuid);
  const { blocks } = parameters;
  if (!Number.isInteger(blocks) || blocks < 1 || blocks > MAX_FORECAST_BLOCKS) {
    throw new SdkError(
      'SDK_INVALID_ARGUMENT',
      `\`blocks\` must be an integer from 1 to ${MAX_FORECAST_BLOCKS}, got ${String(blocks)}.`,
    );
  }
  return readChain(
    client,
    'subnetkit_forecast',
    async (api) => {
      await ensureSubnet(api, netuid);
      return forecastOf(await client.request('subnetkit_forecast', [{ netuid, blocks }]));
    },
    deadlineArgument(parameters.deadlineMs),
  );
}
