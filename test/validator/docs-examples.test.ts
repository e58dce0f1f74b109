import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test, vi } from 'vitest';

// Runs every ```ts block of docs/validator.md as an ES module against the sources, so the examples stay runnable.
const here = dirname(fileURLToPath(import.meta.url));
const doc = await readFile(join(here, '../../docs/validator.md'), 'utf8');
const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
const section = (index: number) => {
  const before = doc.slice(0, doc.indexOf(blocks[index]));
  return [...before.matchAll(/^## (.+)$/gm)].at(-1)?.[1] ?? 'intro';
};
const outDir = join(here, `.docs-examples-${process.pid}`);

afterAll(() => rm(outDir, { recursive: true, force: true }));

describe('docs/validator.md', () => {
  test('default: has runnable examples for challenge/score and for running a validator', () => {
    const sections = blocks.map((_, i) => section(i));
    expect(sections).toContain('Writing `challenge` and `score`');
    expect(sections).toContain('In code: `createValidator`');
  });

  blocks.forEach((code, index) => {
    test(`behavior: example ${index + 1} (${section(index)}) runs`, { timeout: 90_000 }, async () => {
      await mkdir(outDir, { recursive: true });
      const file = join(outDir, `example-${index + 1}.ts`);
      await writeFile(file, `${code}\nexport {};\n`);
      const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      try {
        await import(pathToFileURL(file).href);
        const printed = log.mock.calls.map((args) => args.map(String).join(' ')).join('\n');
        if (index === 0) expect(printed).toMatch(/\n1 0\.5$/);
        if (index === 1) {
          expect(printed).toMatch(/set in block \d+ 2,3 65535,\d+/);
          expect(printed).toMatch(/validator_weights_outcomes_total\{action="set",outcome="ok"\} 1/);
        }
      } finally {
        log.mockRestore();
      }
    });
  });
});
