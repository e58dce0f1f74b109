import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { docExamples } from '../support/doc-examples.js';

// Runs the client examples of docs/devnet.md ("Use your client of choice") as ES modules, so they stay runnable.
const here = dirname(fileURLToPath(import.meta.url));
const { blocks, section, run, remove } = await docExamples(
  'docs/devnet.md',
  join(here, `.docs-examples-${process.pid}`),
);

afterAll(remove);

describe('docs/devnet.md: Use your client of choice', () => {
  const examples = blocks
    .map((code, index) => ({ code, index }))
    .filter(({ index }) => section(index) === 'Use your client of choice');

  test('default: has an example for polkadot-api and for dedot', () => {
    expect(
      examples.map(({ code }) =>
        code.includes("from 'polkadot-api'") ? 'papi' : code.includes("from 'dedot'") ? 'dedot' : 'other',
      ),
    ).toEqual(['papi', 'dedot']);
  });

  examples.forEach(({ index, code }) => {
    test(`behavior: example ${index + 1} submits a transfer`, { timeout: 60_000 }, async () => {
      const printed = await run(index);
      expect(printed).toBe(code.includes("from 'dedot'") ? 'Finalized true 1' : 'true true 1');
    });
  });
});
