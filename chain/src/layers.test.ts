/**
 * The chain's layers, as Substrate draws them: node → rpc → blockchain → runtime → pallets → frame →
 * storage / yuma. Every import runs down (or stays in its layer); this test fails on one that reaches up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));

/** Each layer's rank: a file may import from its own rank or below. Files at the root are the node. */
const RANK: Readonly<Record<string, number>> = {
  storage: 0,
  yuma: 0,
  'yuma-sim': 1,
  frame: 2,
  pallets: 3,
  runtime: 4,
  blockchain: 5,
  rpc: 6,
  '.': 7,
};

function layerOf(file: string): string {
  const rel = relative(SRC, file);
  return rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : '.';
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** `file → imported file` for every relative import under chain/src. */
function importEdges(): [string, string][] {
  return sourceFiles(SRC).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m): [string, string] => [
      file,
      resolve(dirname(file), m[1] ?? ''),
    ]),
  );
}

describe('chain layers', () => {
  it('default: every folder of chain/src has a layer', () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(folders.map((e) => e.name).filter((name) => RANK[name] === undefined)).toEqual([]);
  });

  it('behavior: no import reaches up a layer (frame/ and pallets/ never into runtime/, blockchain/ or rpc/)', () => {
    const edges = importEdges();
    expect(edges.length).toBeGreaterThan(300);
    const upward = edges
      .filter(([from, to]) => (RANK[layerOf(to)] ?? 0) > (RANK[layerOf(from)] ?? 0))
      .map(([from, to]) => `${relative(SRC, from)} → ${relative(SRC, to)}`);
    expect(upward).toEqual([]);
  });
});
