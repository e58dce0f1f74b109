/** Runs docs/incentives.md's coinbase example as an ES module against the sources, so it stays runnable. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { docExamples } from '../support/doc-examples.js';

const here = dirname(fileURLToPath(import.meta.url));
const { blocks, section, run, remove } = await docExamples(
  'docs/incentives.md',
  join(here, `.docs-examples-${process.pid}`),
);
afterAll(remove);

it('behavior: the coinbase example prints one block of a subnet’s emission', {
  timeout: 60_000,
}, async () => {
  const index = blocks.findIndex((_, i) => section(i) === 'Where each TAO and alpha goes');
  const printed = await run(index);
  expect(printed).toMatch(/^block emission 1000000000 rao$/m);
  const total = /TAO this block (\d+)/.exec(printed)?.[1];
  expect(BigInt(total ?? '0')).toBeGreaterThan(999_999_990n);
  expect(BigInt(total ?? '0')).toBeLessThanOrEqual(1_000_000_000n);
  expect(printed).toMatch(/subnet 1: 1000000000 alpha out, owner cut pending \d+/);
});
