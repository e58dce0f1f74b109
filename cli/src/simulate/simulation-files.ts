/**
 * Every output file of a simulation as `{ path, content }`, so the CLI writes them only once all exist.
 */
import { type SimulationResult, summarize } from '@subnetkit/chain/yuma-sim';
import { neuronShareSeries, strategyShareSeries } from './emission-share-series.js';
import { epochRows, epochRowsCsv } from './epoch-rows.js';
import { lineChartSvg } from './line-chart-svg.js';

/** One file to write, relative to the output folder. */
export interface OutputFile {
  readonly path: string;
  readonly content: string;
}

const safe = (name: string): string => name.replace(/[^A-Za-z0-9._-]/g, '_');

/**
 * `summary.json`, and per variant `epochs.csv`, `epochs.json` and two SVG charts.
 *
 * @example
 * ```ts
 * for (const f of simulationFiles(simulate(scenario))) writeFileSync(join(out, f.path), f.content);
 * ```
 */
export function simulationFiles(result: SimulationResult): OutputFile[] {
  const files: OutputFile[] = [
    { path: 'summary.json', content: `${JSON.stringify(summarize(result), null, 2)}\n` },
  ];
  for (const run of result.runs) {
    const dir = safe(run.variant);
    const rows = epochRows(result.neurons, run);
    const title = `${result.scenario.name} (${run.variant})`;
    files.push(
      { path: `${dir}/epochs.csv`, content: epochRowsCsv(rows) },
      {
        path: `${dir}/epochs.json`,
        content: `${JSON.stringify({ variant: run.variant, params: run.params, rows }, null, 1)}\n`,
      },
      {
        path: `${dir}/emission-by-strategy.svg`,
        content: lineChartSvg({
          title: `Emission share by strategy — ${title}`,
          xLabel: 'epoch',
          yLabel: 'share of epoch emission',
          series: strategyShareSeries(result.neurons, run),
        }),
      },
      {
        path: `${dir}/emission-by-neuron.svg`,
        content: lineChartSvg({
          title: `Emission share by neuron — ${title}`,
          xLabel: 'epoch',
          yLabel: 'share of epoch emission',
          series: neuronShareSeries(result.neurons, run),
        }),
      },
    );
  }
  return files;
}
