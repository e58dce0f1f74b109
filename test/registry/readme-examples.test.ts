/**
 * The ```ts example of each published package's README (the page the registry shows) runs, against the
 * sources, and prints what its comment says.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { docExamples } from '../support/doc-examples.js';

const here = dirname(fileURLToPath(import.meta.url));

/** What each example prints, by package folder. */
const PRINTS: Readonly<Record<string, RegExp>> = {
  errors: /^true MY_QUOTA_EXCEEDED docs\/errors\.md#my_quota_exceeded$/,
  chain: /^ws:\/\/127\.0\.0\.1:\d+ 66$/,
  sdk: /^1 1$/,
  miner: /^cpu 7,9$/,
  validator: /^true$/,
};

describe('README examples', () => {
  it.each(Object.keys(PRINTS))('behavior: %s/README.md runs', { timeout: 60_000 }, async (dir) => {
    const readme = join(dir, 'README.md');
    const { blocks, run, remove } = await docExamples(readme, join(here, `.readme-${dir}-${process.pid}`));
    try {
      expect(blocks.length, `${readme} has one ts example`).toBe(1);
      expect(await run(0)).toMatch(PRINTS[dir]!);
    } finally {
      await remove();
    }
  });
});
