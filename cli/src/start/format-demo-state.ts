import type { DemoState } from './demo-state.js';

/**
 * A count with its noun, singular for 1.
 *
 * @example
 * count(1, 'block'); // '1 block'
 * count(3, 'epoch'); // '3 epochs'
 */
export const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;
const alpha = (amount: number) => amount.toFixed(3);

/** A bar of `width` cells filled to `fraction` (0–1). */
export function progressBar(fraction: number, width: number): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

/**
 * Share of the way from the last epoch to the next: an epoch runs every `tempo` blocks (when
 * `block − LastEpochBlock ≥ tempo`, as subtensor v3.4.9), so right after one the next is `tempo` blocks away.
 */
export function epochProgress(state: DemoState): number {
  const period = state.tempo;
  return (period - Math.min(period, state.blocksUntilEpoch)) / period;
}

/** "epoch 1/3" or "epoch 1" when there is no goal. */
function epochs(state: DemoState, goal: number | undefined): string {
  return goal === undefined ? `epochs ${state.epochs}` : `epoch ${state.epochs}/${goal}`;
}

/**
 * One line per block for piped output.
 *
 * @example
 * formatBlockLine(state, 3);
 * // block 42 · epoch 1/3 · next epoch in 5 blocks · emission α: random 0.000, linear 1.912, mlp-small 2.041, mlp 2.140
 */
export function formatBlockLine(state: DemoState, goal: number | undefined): string {
  const emission = state.miners.map((m) => `${m.model} ${alpha(m.emission)}`).join(', ');
  return `block ${state.block} · ${epochs(state, goal)} · next epoch in ${count(state.blocksUntilEpoch, 'block')} · emission α: ${emission}`;
}

/**
 * The miners as a table: uid, model, accuracy on augmented held-out digits, validators' score, incentive, emission so far.
 *
 * @example
 * formatMinerTable(state).join('\n');
 */
export function formatMinerTable(state: Pick<DemoState, 'miners'>): string[] {
  const header = ['uid', 'model', 'aug. accuracy', 'score', 'incentive', 'emission α'];
  const rows = state.miners.map((m) => [
    String(m.uid),
    m.model,
    percent(m.accuracy),
    m.score.toFixed(3),
    m.incentive.toFixed(3),
    alpha(m.emission),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), ...rows.map(line)];
}

/**
 * The live terminal view for one block: a progress bar to the next epoch and the miner table.
 *
 * @example
 * process.stdout.write(formatLiveView(state, { goal: 3, elapsedMs: 12_000 }).join('\n'));
 */
export function formatLiveView(
  state: DemoState,
  options: { goal: number | undefined; elapsedMs: number },
): string[] {
  const seconds = (options.elapsedMs / 1000).toFixed(0);
  return [
    `digits subnet ${state.netuid} · block ${state.block} · ${epochs(state, options.goal)} · ${seconds} s`,
    `next epoch ${progressBar(epochProgress(state), 30)} ${count(state.blocksUntilEpoch, 'block')}`,
    '',
    ...formatMinerTable(state),
    '',
    ...state.validators.map(
      (v) =>
        `validator uid ${v.uid}: stake ${v.stake.toFixed(0)}, ${v.validatorPermit ? 'permit' : 'no permit yet'}, vtrust ${v.validatorTrust.toFixed(3)}, dividends α ${alpha(v.emission)}`,
    ),
  ];
}
