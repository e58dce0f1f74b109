/**
 * No test compares elapsed wall-clock time with a performance figure: such asserts pass on an idle machine and
 * flake on a loaded one (CI has two cores). Deadlines and batching are checked with fake or injected clocks, or
 * with a generous bound that is a correctness property and says so in a `// correctness bound:` comment; speed is
 * measured in bench/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findWallClockAsserts } from '../support/find-wall-clock-asserts.js';

const root = join(import.meta.dirname, '../..');
const PACKAGES = ['errors', 'chain', 'sdk', 'miner', 'validator', 'cli', 'subnet-template', 'test'];

/** Every test file and test helper: `*.test.ts` in the packages and everything under test/. */
function testSources(): string[] {
  const files: string[] = [];
  for (const pkg of PACKAGES) {
    for (const file of readdirSync(join(root, pkg), { recursive: true, encoding: 'utf8' })) {
      if (/(^|\/)(node_modules|dist)\//.test(file) || !file.endsWith('.ts')) continue;
      if (pkg === 'test' || file.endsWith('.test.ts')) files.push(join(root, pkg, file));
    }
  }
  return files;
}

describe('findWallClockAsserts', () => {
  test('default: finds elapsed time compared with a number, however it is spelled', () => {
    const flagged = [
      'expect(performance.now() - started).toBeLessThan(1000);',
      'const elapsed = Date.now() - t0;\nexpect(elapsed).toBeGreaterThanOrEqual(1990);',
      'const t = performance.now() - began;\nexpect(t).not.toBeGreaterThan(LIMIT_MS);',
      'expect(step.durationMs).toBeLessThan(DEADLINE_MS + 1_000);',
      'expect(result.elapsedMs).toBeLessThan(2000);',
      'expect(Date.now() - t < 500).toBe(true);',
      'expect(\n  performance.now() - started,\n).toBeLessThan(10);',
      '// a comment that is not the marker\nexpect(process.hrtime.bigint() - t).toBeLessThan(5n);',
      "const started = Date.now();\nconst shown = await seen('Password');\nexpect(shown - started).toBeLessThan(2_000);",
    ];
    for (const source of flagged) expect(findWallClockAsserts(source), source).toHaveLength(1);
    expect(findWallClockAsserts(flagged[1]!)).toEqual([
      { line: 2, text: 'expect(elapsed).toBeGreaterThanOrEqual(1990);' },
    ]);
  });

  test('behavior: allows marked correctness bounds, relative comparisons and anything that is not elapsed time', () => {
    const allowed = [
      '// correctness bound: a 2 s deadline is not exceeded 10 times over\nexpect(elapsed).toBeLessThan(20_000);',
      '// correctness bound: ended by the abort,\n// not by the deadline\nexpect(performance.now() - s).toBeLessThan(5_000);',
      'expect(performance.now() - s).toBeLessThan(5_000); // correctness bound: ended by the abort',
      'expect(result.elapsedMs).toBeLessThanOrEqual(elapsed);',
      'expect(result.elapsedMs).toBeGreaterThanOrEqual(0);',
      'expect(batches).toBeLessThanOrEqual(8);',
      'const started = performance.now();\nexpect(started).toBeGreaterThan(0);',
      'expect(await run({ deadlineMs: Date.now() - 1 })).toMatchObject({ status: 408 });',
    ];
    for (const source of allowed) expect(findWallClockAsserts(source), source).toEqual([]);
  });
});

test('behavior: no test file compares elapsed wall-clock time with a number unmarked', () => {
  // This file and the finder hold examples of what they look for.
  const examples = [
    join(import.meta.dirname, 'no-wall-clock-asserts.test.ts'),
    join(root, 'test/support/find-wall-clock-asserts.ts'),
  ];
  const files = testSources().filter((file) => !examples.includes(file));
  expect(files.length).toBeGreaterThan(100);
  const found = files.flatMap((file) =>
    findWallClockAsserts(readFileSync(file, 'utf8')).map(
      (a) => `${relative(root, file)}:${a.line}: ${a.text}`,
    ),
  );
  expect(found).toEqual([]);
});
