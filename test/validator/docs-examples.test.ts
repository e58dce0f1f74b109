import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { docExamples } from '../support/doc-examples.js';

// Runs every ```ts block of docs/validator.md as an ES module against the sources, so the examples stay runnable.
const here = dirname(fileURLToPath(import.meta.url));
const { blocks, section, run, remove } = await docExamples(
  'docs/validator.md',
  join(here, `.docs-examples-${process.pid}`),
);

afterAll(remove);

describe('docs/validator.md', () => {
  test('default: has runnable examples for challenge/score and for running a validator', () => {
    const sections = blocks.map((_, i) => section(i));
    expect(sections).toContain('Writing `challenge` and `score`');
    expect(sections).toContain('In code: `createValidator`');
  });

  blocks.forEach((_, index) => {
    test(`behavior: example ${index + 1} (${section(index)}) runs`, { timeout: 90_000 }, async () => {
      const printed = await run(index);
      if (index === 0) expect(printed).toMatch(/\n1 0\.5$/);
      if (index === 1) {
        expect(printed).toMatch(/set in block \d+ 2,3 65535,\d+/);
        expect(printed).toMatch(/validator_weights_outcomes_total\{action="set",outcome="ok"\} 1/);
      }
    });
  });
});
