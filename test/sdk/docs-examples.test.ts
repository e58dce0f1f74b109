import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test, vi } from 'vitest';

// Runs every ```ts block of docs/sdk.md as an ES module against the SDK's sources, so the examples stay runnable.
const here = dirname(fileURLToPath(import.meta.url));
const doc = await readFile(join(here, '../../docs/sdk.md'), 'utf8');
const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
const section = (index: number) => {
  const before = doc.slice(0, doc.indexOf(blocks[index]));
  return [...before.matchAll(/^## (.+)$/gm)].at(-1)?.[1] ?? 'intro';
};
const outDir = join(here, `.docs-examples-${process.pid}`);

afterAll(() => rm(outDir, { recursive: true, force: true }));

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
      await mkdir(outDir, { recursive: true });
      const file = join(outDir, `example-${index + 1}.ts`);
      await writeFile(file, `${code}\nexport {};\n`);
      const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      try {
        await import(pathToFileURL(file).href);
        const printed = log.mock.calls.map((args) => args.join(' ')).join('\n');
        if (section(index) === 'Weights') expect(printed).toContain('11584,57922,46338,65535,2317,34753');
        if (section(index) === 'Protocol') expect(printed).toContain('false 401');
        if (section(index) === 'Dendrite') expect(printed).toMatch(/^200 Success abab/m);
        if (section(index) === 'Wallet') expect(printed).toContain('true 64');
      } finally {
        log.mockRestore();
      }
    });
  });
});
