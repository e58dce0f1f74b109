/**
 * Runs the ```ts blocks of a docs page as ES modules against the sources, so the examples stay runnable: each block
 * is written to `outDir` (one folder per test file: imports of the same path are cached) and imported, with what it
 * prints through `console.log` captured.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { vi } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

export type DocExamples = {
  /** The code of every ```ts block, in page order. */
  blocks: string[];
  /** The `## ` heading above block `index` (`intro` before the first). */
  section(index: number): string;
  /** Imports block `index` and resolves to its console.log lines, joined with newlines. */
  run(index: number): Promise<string>;
  /** Removes `outDir`. */
  remove(): Promise<void>;
};

/** Reads `page` (e.g. `docs/sdk.md`, from the repository root); its blocks run from `outDir`. */
export async function docExamples(page: string, outDir: string): Promise<DocExamples> {
  const doc = await readFile(join(root, page), 'utf8');
  const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const section = (index: number) => {
    const before = doc.slice(0, doc.indexOf(blocks[index]!));
    return [...before.matchAll(/^## (.+)$/gm)].at(-1)?.[1] ?? 'intro';
  };
  return {
    blocks,
    section,
    async run(index) {
      await mkdir(outDir, { recursive: true });
      const file = join(outDir, `example-${index + 1}.ts`);
      await writeFile(file, `${blocks[index]}\nexport {};\n`);
      const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      try {
        await import(pathToFileURL(file).href);
        return log.mock.calls.map((args) => args.map(String).join(' ')).join('\n');
      } finally {
        log.mockRestore();
      }
    },
    remove: () => rm(outDir, { recursive: true, force: true }),
  };
}
