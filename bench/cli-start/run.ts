/**
 * CLI start-up bench: how long `subnetkit --help` and `subnetkit wallet list` take as whole processes (spawn,
 * module loading, the command, exit), against `node -e 0` as the reference measured in the same rounds. Targets:
 * `--help` within 150 ms of bare node, `wallet list` (two wallets) within 300 ms. Prints a table and writes
 * `bench/results/cli-start.json`.
 *
 * Run from `bench/`: `npm run cli-start`. It runs the built CLI (`cli/bin/subnetkit.js` → `cli/dist`), as an
 * installed package does: build first (`npm run build` at the root; `npm ci` builds too).
 * Environment: CLI_START_RUNS (timed runs per command, default 10), CLI_START_WARMUP (default 2).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWallet, cryptoReady } from '@subnetkit/sdk';
import { formatTable } from '../yuma/format-table.js';
import { median } from '../yuma/measure.js';

const RUNS = Number(process.env.CLI_START_RUNS ?? 10);
const WARMUP = Number(process.env.CLI_START_WARMUP ?? 2);

const bin = fileURLToPath(new URL('../../cli/bin/subnetkit.js', import.meta.url));
if (!existsSync(new URL('../../cli/dist/main.js', import.meta.url))) {
  console.error('cli/dist is missing: run `npm run build` at the repository root first');
  process.exit(1);
}

// A home of its own (no ~/.subnetkit/config.json applies) holding two wallets, as `wallet create` writes them.
const home = mkdtempSync(join(tmpdir(), 'subnetkit-cli-start-'));
const wallets = join(home, 'wallets');
await cryptoReady();
for (const name of ['owner', 'validator']) {
  await createWallet({ path: wallets, name, coldkeyEncryption: { password: 'bench' } });
}

interface BenchCase {
  readonly name: string;
  readonly args: readonly string[];
  /** Most milliseconds over bare node's median; none for the reference itself. */
  readonly maxOverBareMs?: number;
  /** Text the output must hold, so a broken command cannot pass as a fast one. */
  readonly expect?: string;
}

const CASES: readonly BenchCase[] = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'subnetkit --help', args: [bin, '--help'], maxOverBareMs: 150, expect: 'usage: subnetkit' },
  {
    name: 'subnetkit wallet list (2 wallets)',
    args: [bin, 'wallet', 'list', '--wallet.path', wallets],
    maxOverBareMs: 300,
    expect: 'validator',
  },
];

/** Wall milliseconds of one whole process, from spawn to exit. */
function runOnce(benchCase: BenchCase): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, benchCase.args, {
    env: { PATH: process.env.PATH ?? '', HOME: home },
    encoding: 'utf8',
  });
  const elapsed = performance.now() - started;
  if (result.status !== 0 || (benchCase.expect !== undefined && !result.stdout.includes(benchCase.expect))) {
    throw new Error(`${benchCase.name} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
  return elapsed;
}

const samples = CASES.map(() => new Float64Array(RUNS));
for (let w = 0; w < WARMUP; w++) for (const benchCase of CASES) runOnce(benchCase);
// Interleaved: each round runs every command once, so load drift on a shared machine hits all of them alike.
for (let r = 0; r < RUNS; r++) {
  CASES.forEach((benchCase, c) => {
    samples[c][r] = runOnce(benchCase);
  });
}
rmSync(home, { recursive: true, force: true });

const bareMedianMs = median(samples[0]);
const rows = CASES.map((benchCase, c) => {
  const medianMs = median(samples[c]);
  const overBareMs = medianMs - bareMedianMs;
  return {
    case: benchCase.name,
    runs: RUNS,
    medianMs,
    minMs: Math.min(...samples[c]),
    maxMs: Math.max(...samples[c]),
    overBareMs,
    maxOverBareMs: benchCase.maxOverBareMs ?? null,
    pass: benchCase.maxOverBareMs === undefined ? null : overBareMs <= benchCase.maxOverBareMs,
  };
});

console.log(
  formatTable(
    ['case', 'median ms', 'min ms', 'max ms', 'median − bare node ms', 'target', 'pass'],
    rows.map((r) => [
      r.case,
      r.medianMs.toFixed(0),
      r.minMs.toFixed(0),
      r.maxMs.toFixed(0),
      r.maxOverBareMs === null ? '—' : r.overBareMs.toFixed(0),
      r.maxOverBareMs === null ? '—' : `≤ ${r.maxOverBareMs} ms`,
      r.pass === null ? '—' : r.pass ? 'pass' : 'FAIL',
    ]),
  ),
);

const resultsDir = new URL('../results/', import.meta.url);
mkdirSync(resultsDir, { recursive: true });
const report = {
  bench: 'cli-start',
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: availableParallelism(),
  loadavg: loadavg(),
  warmup: WARMUP,
  rows,
};
writeFileSync(new URL('cli-start.json', resultsDir), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwrote ${new URL('cli-start.json', resultsDir).pathname}`);
