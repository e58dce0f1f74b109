/**
 * Chart series: each neuron's or each strategy's share of an epoch's total emission.
 */
import type { SimNeuron, VariantRun } from '@subnetkit/chain/yuma-sim';
import type { ChartSeries } from './line-chart-svg.js';

function shares(
  run: VariantRun,
  groups: readonly { label: string; uids: readonly number[] }[],
): ChartSeries[] {
  return groups.map((g) => ({
    label: g.label,
    values: run.epochs.map((ep) => {
      const total = ep.output.emission.reduce((a, b) => a + b, 0n);
      const part = g.uids.reduce((a, uid) => a + (ep.output.emission[uid] ?? 0n), 0n);
      return total === 0n ? 0 : Number((part * 1_000_000n) / total) / 1e6;
    }),
  }));
}

/**
 * One series per neuron: its share of each epoch's emission.
 *
 * @example
 * ```ts
 * lineChartSvg({ title, xLabel: 'epoch', yLabel: 'share', series: neuronShareSeries(neurons, run) });
 * ```
 */
export function neuronShareSeries(neurons: readonly SimNeuron[], run: VariantRun): ChartSeries[] {
  return shares(
    run,
    neurons.map((x) => ({ label: x.strategy ? `${x.name} (${x.strategy})` : x.name, uids: [x.uid] })),
  );
}

/**
 * One series per validator strategy (its validators together), plus one for all miners.
 *
 * @example
 * ```ts
 * const series = strategyShareSeries(neurons, run);
 * ```
 */
export function strategyShareSeries(neurons: readonly SimNeuron[], run: VariantRun): ChartSeries[] {
  const strategies = [...new Set(neurons.flatMap((x) => (x.strategy ? [x.strategy] : [])))];
  return shares(run, [
    ...strategies.map((s) => ({
      label: `${s} validators`,
      uids: neurons.filter((x) => x.strategy === s).map((x) => x.uid),
    })),
    { label: 'all miners', uids: neurons.filter((x) => x.role === 'miner').map((x) => x.uid) },
  ]);
}
