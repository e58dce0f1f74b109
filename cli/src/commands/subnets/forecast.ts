import {
  type ForecastSubnetReturnType,
  forecastSubnet,
  MAX_FORECAST_BLOCKS,
  type SubnetForecastBlock,
} from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { explainChainError } from '../../chain/explain-chain-error.js';
import { CHAIN_OPTIONS, JSON_OPTION, NETUID_OPTION } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { formatTao } from '../../output/format-tao.js';
import type { Output } from '../../output/output.js';

/** Rows of the price path when `--every` is not given. */
const PATH_ROWS = 12;

/**
 * The blocks the price path shows: the first, every `every`-th, each epoch and the last, in order.
 *
 * @example
 * pricePath(forecast.blocks, 10).map((b) => b.block)
 */
export function pricePath(blocks: readonly SubnetForecastBlock[], every: number): SubnetForecastBlock[] {
  return blocks.filter((b, i) => i % every === 0 || i === blocks.length - 1 || b.epoch !== undefined);
}

const alpha = (rao: bigint) => `α${formatTao(rao)}`;
const tao = (rao: bigint) => formatTao(rao, { symbol: true });

function printSummary(output: Output, forecast: ForecastSubnetReturnType, every: number): void {
  const { netuid, from, blocks, totals } = forecast;
  const next = blocks[0]!;
  const last = blocks.at(-1)!;
  const epochs = blocks.filter((b) => b.epoch !== undefined);
  output.line(
    output.style('bold', `netuid ${netuid}`) +
      `  forecast of ${blocks.length} blocks after #${from.number} (the devnet's runtime on a copy of its state; nothing committed)`,
  );
  output.line(
    `next block #${next.block}: ${tao(next.taoInEmission)} and ${alpha(next.alphaInEmission)} into the pool, ` +
      `${tao(next.excessTao)} buying alpha, ${alpha(next.alphaOutEmission)} to the subnet; price ${tao(next.price)} per α`,
  );
  output.line(
    epochs.length === 0
      ? `owner cut: ${alpha(last.pendingOwnerCut)} pending after #${last.block}, no epoch in these blocks`
      : `owner cut: ${alpha(totals.ownerCut)} over ${epochs.length} epoch(s), ${alpha(totals.ownerCut / BigInt(epochs.length))} per epoch on average, ` +
          `to the owner's hotkey at #${epochs.map((b) => b.block).join(', #')}`,
  );
  output.line(
    `in ${blocks.length} blocks: ${tao(totals.taoInEmission)} and ${alpha(totals.alphaInEmission)} into the pool, ` +
      `${tao(totals.excessTao)} buying alpha, ${alpha(totals.alphaOutEmission)} to the subnet; paid at epochs: miners ${alpha(totals.server)}, ` +
      `validators ${alpha(totals.validator)}, root ${alpha(totals.root)}`,
  );
  output.line(
    `price ${tao(next.price)} → ${tao(last.price)} per α; moving price ${last.movingPrice.toFixed(9)} after #${last.block}`,
  );
  output.line();
  output.table(
    [
      { header: 'block', value: (b) => `#${b.block}`, align: 'right' },
      { header: 'price (τ/α)', value: (b) => formatTao(b.price), align: 'right' },
      { header: 'moving price', value: (b) => b.movingPrice.toFixed(9), align: 'right' },
      { header: 'τ in', value: (b) => formatTao(b.taoInEmission), align: 'right' },
      { header: 'α in', value: (b) => formatTao(b.alphaInEmission), align: 'right' },
      { header: 'τ buy', value: (b) => formatTao(b.excessTao), align: 'right' },
      { header: 'α out', value: (b) => formatTao(b.alphaOutEmission), align: 'right' },
      { header: 'pending owner cut', value: (b) => formatTao(b.pendingOwnerCut), align: 'right' },
      { header: 'owner stake', value: (b) => formatTao(b.ownerStake), align: 'right' },
      {
        header: 'epoch',
        value: (b) => (b.epoch === undefined ? '' : `owner cut ${formatTao(b.epoch.ownerCut)}`),
      },
    ],
    pricePath(blocks, every),
  );
}

/**
 * `subnetkit subnets forecast`: what the devnet's own runtime will do to a subnet in the next blocks (emission, owner
 * cut, price path), run on a copy of its state by `subnetkit_forecast`.
 */
export const subnetsForecast: Subcommand = {
  options: [
    NETUID_OPTION,
    {
      name: 'blocks',
      type: 'string',
      placeholder: 'B',
      description: `how many blocks to forecast, 1 to ${MAX_FORECAST_BLOCKS} (default 360)`,
    },
    {
      name: 'every',
      type: 'string',
      placeholder: 'K',
      description: `the price path shows every K-th block and each epoch (default: about ${PATH_ROWS} rows)`,
    },
    ...CHAIN_OPTIONS,
    JSON_OPTION,
  ],
  examples: [
    'subnetkit subnets forecast --netuid 1 --blocks 1000',
    'subnetkit subnets forecast --netuid 1 --blocks 360 --every 36 --json',
  ],
  async run(context) {
    const { options, output } = context;
    const netuid = options.netuid();
    const blocks = options.integer('blocks', { min: 1, max: MAX_FORECAST_BLOCKS, optional: true }) ?? 360;
    const every =
      options.integer('every', { min: 1, optional: true }) ?? Math.max(1, Math.ceil(blocks / PATH_ROWS));
    const client = await connectClient(context);
    let forecast: ForecastSubnetReturnType;
    try {
      forecast = await forecastSubnet(client, { netuid, blocks });
    } catch (error) {
      throw explainChainError(error, { netuid });
    }
    if (output.json) return output.printJson(forecast);
    printSummary(output, forecast, every);
  },
};
