import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { docExamples } from '../support/doc-examples.js';

// Runs every ```ts block of docs/sdk.md as an ES module against the SDK's sources, so the examples stay runnable.
const here = dirname(fileURLToPath(import.meta.url));
const { blocks, section, run, remove } = await docExamples(
  'docs/sdk.md',
  join(here, `.docs-examples-${process.pid}`),
);

afterAll(remove);

describe('docs/sdk.md', () => {
  test('default: has runnable examples for wallet, weights, protocol and dendrite', () => {
    const sections = new Set(blocks.map((_, i) => section(i)));
    for (const name of ['Wallet', 'Weights', 'Protocol', 'Dendrite']) expect(sections).toContain(name);
  });

  // Blocks that only show imports are not programs; every other ts block must run.
  const programs = blocks
    .map((code, index) => ({ code, index }))
    .filter(({ code }) => code.includes('await '));
  programs.forEach(({ code, index }) => {
    test(`behavior: example ${index + 1} (${section(index)}) runs`, { timeout: 60_000 }, async () => {
      const printed = await run(index);
      if (section(index) === 'Weights') expect(printed).toContain('11584,57922,46338,65535,2317,34753');
      if (section(index) === 'Protocol') expect(printed).toContain('false 401');
      if (section(index) === 'Dendrite') expect(printed).toMatch(/^200 Success abab/m);
      if (section(index) === 'Wallet') expect(printed).toContain('true 64');
      if (code.includes('setSubnetSymbol')) expect(printed).toContain('1 ω digits\nAlice Labs');
      if (code.includes('setCommitment'))
        expect(printed).toMatch(/^hf\.co\/me\/model@v1$[\s\S]*^answer: 42 at block \d+$/m);
    });
  });
});
