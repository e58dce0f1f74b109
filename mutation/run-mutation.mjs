/**
 * `npm run test:mutation [-- <module>…] [-- --force]`: StrykerJS (vitest runner) over each core of
 * mutation-modules.mjs in turn, running only that module's own test files, then one table with the score of each
 * module. Fails (exit 1) when a module scores below the break threshold or Stryker cannot run.
 *
 * Incremental: each module's results are kept in reports/stryker-incremental-<module>.json (committed), so a run
 * re-tests only the mutants whose code or covering tests changed; `--force` re-tests every mutant and rewrites the
 * file. Files are mutated in place (the workspace packages resolve each other through node_modules symlinks, which
 * a sandbox copy would bypass), so do not edit sources while it runs; Stryker restores them when it ends.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Stryker } from '@stryker-mutator/core';
import { mutationModules } from './mutation-modules.mjs';

/** Below this score (%) a module fails the run. */
const BREAK = 90;

const args = process.argv.slice(2);
const force = args.includes('--force');
const names = args.filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !mutationModules.some((m) => m.name === n));
if (unknown.length > 0) {
  console.error(
    `unknown module(s) ${unknown.join(', ')}; known: ${mutationModules.map((m) => m.name).join(', ')}`,
  );
  process.exit(2);
}
const selected = names.length === 0 ? mutationModules : mutationModules.filter((m) => names.includes(m.name));

/** @param {import('./mutation-modules.mjs').MutationModule} module */
function strykerOptions(module) {
  return {
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner'],
    vitest: { configFile: 'vitest.config.ts', related: false },
    coverageAnalysis: 'perTest',
    mutate: module.mutate,
    testFiles: module.testFiles,
    inPlace: true,
    disableTypeChecks: false,
    incremental: true,
    incrementalFile: `reports/stryker-incremental-${module.name}.json`,
    force,
    // Two workers at most: the suite's own CI machine has two cores.
    concurrency: 2,
    timeoutMS: 10_000,
    thresholds: { high: 95, low: BREAK, break: BREAK },
    reporters: ['clear-text'],
    clearTextReporter: { allowColor: false, reportTests: false, reportMutants: true, reportScoreTable: true },
    fileLogLevel: 'off',
    cleanTempDir: 'always',
  };
}

/**
 * What an incremental report says, without what varies from run to run (test ids, the order of files and
 * mutants, which of several tests killed a mutant first): each file's source, mutants and statuses, and the
 * tests' sources and names.
 * @param {string} text
 */
function essence(text) {
  const report = JSON.parse(text);
  const mutants = Object.entries(report.files).map(([name, file]) => [
    name,
    file.source,
    file.mutants
      .map((m) => JSON.stringify([m.mutatorName, m.replacement, m.location, m.status, m.statusReason ?? '']))
      .sort(),
  ]);
  const tests = Object.entries(report.testFiles ?? {}).map(([name, file]) => [
    name,
    file.source,
    file.tests.map((t) => t.name).sort(),
  ]);
  return JSON.stringify([mutants.sort(), tests.sort()]);
}

/** Reads a file, or undefined when there is none. @param {string} path */
function readIfAny(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** @param {import('@stryker-mutator/api/core').MutantResult[]} results */
function tally(results) {
  const count = (status) => results.filter((r) => r.status === status).length;
  const killed = count('Killed');
  const timeout = count('Timeout');
  const survived = count('Survived');
  const noCoverage = count('NoCoverage');
  const detected = killed + timeout;
  const valid = detected + survived + noCoverage;
  return {
    mutants: valid,
    killed,
    timeout,
    survived,
    noCoverage,
    ignored: count('Ignored'),
    score: valid === 0 ? 100 : (100 * detected) / valid,
  };
}

const rows = [];
let failed = false;
for (const module of selected) {
  console.log(`\n=== ${module.name}: ${module.mutate.filter((g) => !g.startsWith('!')).join(', ')}`);
  const started = Date.now();
  const options = strykerOptions(module);
  const before = readIfAny(options.incrementalFile);
  try {
    const results = await new Stryker(options).runMutationTest();
    // Stryker rewrites the report on every run; when nothing in it changed, keep the committed bytes.
    const after = readIfAny(options.incrementalFile);
    if (before !== undefined && after !== undefined && essence(before) === essence(after))
      writeFileSync(options.incrementalFile, before);
    const row = { name: module.name, ...tally(results), seconds: Math.round((Date.now() - started) / 1000) };
    rows.push(row);
    if (row.score < BREAK) failed = true;
  } catch (error) {
    console.error(`${module.name}: Stryker failed: ${error instanceof Error ? error.stack : error}`);
    rows.push({ name: module.name, error: true });
    failed = true;
  }
}

const header = ['module', 'mutants', 'killed', 'timeout', 'survived', 'no cov', 'ignored', 'score', 'time'];
const table = rows.map((r) =>
  r.error
    ? [r.name, '-', '-', '-', '-', '-', '-', 'error', '-']
    : [
        r.name,
        r.mutants,
        r.killed,
        r.timeout,
        r.survived,
        r.noCoverage,
        r.ignored,
        `${r.score.toFixed(1)} %${r.score < BREAK ? ' < break' : ''}`,
        `${r.seconds} s`,
      ].map(String),
);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(`\nmutation score per module (break below ${BREAK} %)`);
console.log(line(header));
for (const row of table) console.log(line(row));
process.exitCode = failed ? 1 : 0;
