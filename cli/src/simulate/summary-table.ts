/**
 * The summary of a simulation as plain-text tables for the terminal.
 */
import type { SimulationSummary } from '@subnetkit/chain/yuma-sim';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * Formats each variant's strategy and miner tables.
 *
 * @example
 * ```ts
 * process.stdout.write(summaryTable(summarize(simulate(scenario))));
 * ```
 */
export function summaryTable(summary: SimulationSummary): string {
  const out: string[] = [`scenario ${summary.scenario}, ${summary.epochs} epochs`];
  for (const v of summary.variants) {
    out.push(
      '',
      `variant ${v.variant}`,
      table(
        ['strategy', 'validators', 'stake', 'dividends', 'div/stake', 'emission'],
        v.strategies.map((s) => [
          s.strategy,
          String(s.validators),
          pct(s.stakeShare),
          pct(s.dividendShare),
          s.dividendPerStake.toFixed(3),
          pct(s.emissionShare),
        ]),
      ),
      '',
      table(
        ['miner', 'quality', 'incentive', 'first top', 'first top bond'],
        [...v.miners]
          .sort((a, b) => b.meanQuality - a.meanQuality)
          .map((m) => [
            m.name,
            m.meanQuality.toFixed(3),
            pct(m.incentiveShare),
            String(m.firstTopEpoch ?? '-'),
            String(m.firstTopBondEpoch ?? '-'),
          ]),
      ),
    );
  }
  return `${out.join('\n')}\n`;
}
