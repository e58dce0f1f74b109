/**
 * Typed clients generated from the devnet: `dedot chaintypes` against a running devnet, then the
 * "Typed clients" example of docs/devnet.md type-checked against the generated API (`tsc --strict`) and
 * run: a subnet registered and a hotkey registered on it with `burned_register`.
 */
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type Devnet, startDevnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { docExamples } from '../support/doc-examples.js';

const run$ = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const outDir = join(here, `.typed-clients-${process.pid}`);
const { blocks, section, run, remove } = await docExamples('docs/devnet.md', outDir);
const index = blocks.findIndex((_, i) => section(i) === 'Typed clients');
let devnet: Devnet;

beforeAll(async () => {
  devnet = await startDevnet({ port: 0, mode: 'instant' });
}, 60_000);
afterAll(async () => {
  await devnet?.close();
  await remove();
});

describe('typed clients', () => {
  test('behavior: dedot chaintypes generates a SubtensorApi that types the docs example, which runs', {
    timeout: 180_000,
  }, async () => {
    await run$(
      join(root, 'node_modules/.bin/dedot'),
      ['chaintypes', '-w', devnet.url, '-o', join(outDir, 'chaintypes'), '-c', 'subtensor'],
      { cwd: root },
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const printed = await run(index);
    // type-check the example (written by run) against the generated types
    const file = join(outDir, `example-${index + 1}.ts`);
    const check = await run$(
      join(root, 'node_modules/.bin/tsc'),
      [
        '--ignoreConfig',
        '--noEmit',
        '--strict',
        '--skipLibCheck',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--target',
        'es2022',
        '--types',
        'node',
        file,
      ],
      { cwd: root },
    ).catch((e: { stdout: string }) => ({ stdout: e.stdout }));
    expect(check.stdout).toBe('');
    expect(printed).toBe('1 1 2');
  });
});
