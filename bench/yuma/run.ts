/**
 * Yuma epoch bench: the exact fixed-point `epoch()` of `@subnetkit/chain/yuma` against the float64
 * speed-of-light reference, on synthetic subnets of 256, 1024 and 4096 uids with dense and 10%-sparse
 * weights. Prints a Markdown table and writes `bench/results/yuma.json`.
 *
 * Run from `bench/`: `npm run yuma` (node --conditions=source --import tsx yuma/run.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { epoch } from '@subnetkit/chain/yuma';
import { float64Epoch } from './float64-epoch.js';
import { Float64Scratch } from './float64-scratch.js';
import { formatTable } from './format-table.js';
import { type Density, generateEpochInput } from './generate.js';
import { medianMs } from './measure.js';

/** Targets from the issue: a median bound on the exact epoch and, for the largest case, a bound on the ratio. */
interface Target {
  readonly maxExactMs: number;
  readonly maxRatio?: number;
}

interface BenchCase {
  readonly n: number;
  readonly validators: number;
  readonly warmup: number;
  readonly runs: number;
  readonly target?: Target;
}

/** Largest tolerated |incentive_float − incentive_exact/65535| before the reference counts as broken. */
const MAX_INCENTIVE_DIFF = 1e-3;

const SIZES: readonly BenchCase[] = [
  { n: 256, validators: 64, warmup: 20, runs: 101, target: { maxExactMs: 5 } },
  { n: 1024, validators: 128, warmup: 5, runs: 21 },
  { n: 4096, validators: 256, warmup: 3, runs: 9, target: { maxExactMs: 250, maxRatio: 10 } },
];
const DENSITIES: readonly Density[] = ['dense', 'sparse'];

const scratch = new Float64Scratch();
const rows = [];
for (const size of SIZES) {
  for (const density of DENSITIES) {
    const input = generateEpochInput({ n: size.n, validators: size.validators, density });
    const exact = epoch(input);
    const reference = float64Epoch(input, scratch);
    let incentiveMaxDiff = 0;
    for (let i = 0; i < size.n; i++) {
      incentiveMaxDiff = Math.max(
        incentiveMaxDiff,
        Math.abs(reference.incentive[i] - exact.incentive[i] / 65535),
      );
    }
    const [exactMs, float64Ms] = medianMs([() => epoch(input), () => float64Epoch(input, scratch)], size);
    const ratio = exactMs / float64Ms;
    const { target } = size;
    const pass =
      target === undefined
        ? null
        : exactMs <= target.maxExactMs && (target.maxRatio === undefined || ratio <= target.maxRatio);
    rows.push({
      case: `n${size.n}-v${size.validators}-${density}`,
      n: size.n,
      validators: size.validators,
      density,
      runs: size.runs,
      exactMedianMs: exactMs,
      float64MedianMs: float64Ms,
      ratio,
      incentiveMaxAbsDiff: incentiveMaxDiff,
      target: target ?? null,
      pass,
    });
  }
}

const describe = (t: Target | null) =>
  t === null ? '—' : `≤ ${t.maxExactMs} ms${t.maxRatio === undefined ? '' : `, ≤ ${t.maxRatio}×`}`;
console.log(
  formatTable(
    [
      'case',
      'n',
      'validators',
      'density',
      'exact median ms',
      'float64 median ms',
      'ratio',
      'max |ΔI|',
      'target',
      'pass',
    ],
    rows.map((r) => [
      r.case,
      String(r.n),
      String(r.validators),
      r.density,
      r.exactMedianMs.toFixed(2),
      r.float64MedianMs.toFixed(2),
      `${r.ratio.toFixed(1)}×`,
      r.incentiveMaxAbsDiff.toExponential(1),
      describe(r.target),
      r.pass === null ? '—' : r.pass ? 'pass' : 'FAIL',
    ]),
  ),
);

const mismatched = rows.filter((r) => !(r.incentiveMaxAbsDiff <= MAX_INCENTIVE_DIFF));
if (mismatched.length > 0) {
  console.log(
    `\nincentive of the float64 reference and the exact epoch differ by more than ${MAX_INCENTIVE_DIFF} in: ` +
      mismatched.map((r) => r.case).join(', '),
  );
  process.exitCode = 1;
}

const resultsDir = new URL('../results/', import.meta.url);
mkdirSync(resultsDir, { recursive: true });
const report = {
  bench: 'yuma',
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: availableParallelism(),
  rows,
};
writeFileSync(new URL('yuma.json', resultsDir), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwrote ${new URL('yuma.json', resultsDir).pathname}`);
