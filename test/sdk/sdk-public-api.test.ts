import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const indexPath = join(root, 'sdk/src/index.ts');

describe('@subnetkit/sdk public API', () => {
  test('default: every export of sdk/src/index.ts has TSDoc with an @example', async () => {
    const index = await readFile(indexPath, 'utf8');
    const missing: string[] = [];
    let count = 0;
    // Re-exports of another workspace package (`BaseError` from `@subnetkit/errors`) are checked in that package.
    for (const match of index.matchAll(/export (?:type )?\{([^}]+)\} from '(\.[^']+)'/g)) {
      const file = join(dirname(indexPath), match[2].replace(/\.js$/, '.ts'));
      const text = await readFile(file, 'utf8');
      for (const raw of match[1]
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        const name = raw.replace(/^type /, '');
        count++;
        const declaration = new RegExp(
          `(/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/)\\s*export (?:async )?(?:function|const|type|class|interface) ${name}\\b`,
        );
        const doc = text.match(declaration)?.[1];
        if (doc === undefined || !doc.includes('@example')) missing.push(`${name} (${match[2]})`);
      }
    }
    expect(count).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  test('behavior: the package entry point loads and exposes the main functions', async () => {
    const sdk = await import('@subnetkit/sdk');
    for (const name of [
      'createKeypair',
      'createWallet',
      'readKeyfile',
      'processWeights',
      'defineSynapse',
      'prepareRequest',
      'verifyRequest',
      'createDendrite',
      'createSubtensorClient',
      'submitExtrinsic',
      'getBlock',
      'setWeights',
      'commitWeights',
      'revealWeights',
    ]) {
      expect(typeof (sdk as Record<string, unknown>)[name]).toBe('function');
    }
  });
});
