/**
 * Flattens a simulation run into one row per epoch and neuron, for the CSV and JSON outputs.
 */
import type { SimNeuron, VariantRun } from '@subnetkit/chain/yuma-sim';

/** One neuron in one epoch. Fractions are the stored u16 values divided by 65,535; emission is in rao. */
export interface EpochRow {
  readonly epoch: number;
  readonly uid: number;
  readonly name: string;
  readonly role: 'validator' | 'miner';
  readonly strategy: string;
  readonly quality: number;
  readonly incentive: number;
  readonly dividends: number;
  readonly emission: string;
}

/**
 * Rows of one variant, epoch by epoch.
 *
 * @example
 * ```ts
 * const rows = epochRows(result.neurons, result.runs[0]);
 * ```
 */
export function epochRows(neurons: readonly SimNeuron[], run: VariantRun): EpochRow[] {
  return run.epochs.flatMap((ep) =>
    neurons.map((x) => ({
      epoch: ep.epoch,
      uid: x.uid,
      name: x.name,
      role: x.role,
      strategy: x.strategy ?? '',
      quality: Math.round((ep.quality[x.uid] ?? 0) * 1e6) / 1e6,
      incentive: Math.round(((ep.output.incentive[x.uid] ?? 0) / 65_535) * 1e6) / 1e6,
      dividends: Math.round(((ep.output.dividends[x.uid] ?? 0) / 65_535) * 1e6) / 1e6,
      emission: (ep.output.emission[x.uid] ?? 0n).toString(),
    })),
  );
}

/**
 * The rows as CSV with a header line.
 *
 * @example
 * ```ts
 * writeFileSync('epochs.csv', epochRowsCsv(rows));
 * ```
 */
export function epochRowsCsv(rows: readonly EpochRow[]): string {
  const header = 'epoch,uid,name,role,strategy,quality,incentive,dividends,emission_rao';
  const lines = rows.map((r) =>
    [r.epoch, r.uid, r.name, r.role, r.strategy, r.quality, r.incentive, r.dividends, r.emission].join(','),
  );
  return `${[header, ...lines].join('\n')}\n`;
}
