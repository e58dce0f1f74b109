/**
 * `subnetkit yuma simulate scenario.json [--out dir]`: runs a scenario through the exact Yuma module,
 * prints the summary table and, with --out, writes CSV, JSON and SVG files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ScenarioError, simulate, summarize, validateScenario } from '@subnetkit/chain/yuma-sim';
import { simulationFiles } from '../simulate/simulation-files.js';
import { summaryTable } from '../simulate/summary-table.js';

const usage = `usage: subnetkit yuma simulate scenario.json [--out dir]

Runs the scenario's epochs through the exact Yuma module and prints each strategy's share of
emission against its share of stake. With --out, writes summary.json and per variant
epochs.csv, epochs.json and SVG charts (see docs/incentives.md).
`;

/**
 * Runs the simulate subcommand; returns the exit code (2 for a bad scenario, with nothing written).
 *
 * @example
 * ```ts
 * process.exitCode = await yumaSimulateCommand(['docs/scenarios/cabal.json', '--out', 'out']);
 * ```
 */
export async function yumaSimulateCommand(args: readonly string[]): Promise<number> {
  let file: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--help' || a === '-h') {
      process.stdout.write(usage);
      return 0;
    }
    if (a === '--out') {
      out = args[++i];
      if (out === undefined) {
        process.stderr.write(`subnetkit yuma simulate: --out needs a folder\n${usage}`);
        return 1;
      }
    } else if (a?.startsWith('--out=')) out = a.slice('--out='.length);
    else if (file === undefined && a !== undefined && !a.startsWith('-')) file = a;
    else {
      process.stderr.write(`subnetkit yuma simulate: unexpected argument '${a}'\n${usage}`);
      return 1;
    }
  }
  if (file === undefined) {
    process.stderr.write(usage);
    return 1;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    process.stderr.write(`subnetkit yuma simulate: cannot read ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  let scenario: ReturnType<typeof validateScenario>;
  try {
    scenario = validateScenario(json);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    process.stderr.write(`subnetkit yuma simulate: ${file}: ${error.shortMessage}\n`);
    return 2;
  }
  const result = simulate(scenario);
  if (out !== undefined) {
    const files = simulationFiles(result);
    for (const f of files) {
      const path = join(out, f.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.content);
    }
  }
  process.stdout.write(summaryTable(summarize(result)));
  if (out !== undefined)
    process.stdout.write(`\nwrote ${out}/summary.json and per-variant CSV, JSON and SVG files\n`);
  return 0;
}
