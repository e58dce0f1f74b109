/**
 * docs/devnet.md's method list is rendered from the method table, so it cannot drift from what the node
 * serves: this test fails when it does. `UPDATE_DOCS=1 npx vitest run chain/src/rpc/rpc-docs.test.ts`
 * rewrites the list.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMethodTable } from './methods.js';
import type { RpcMethod, RpcMethodTable } from './rpc-method.js';

const DOC = new URL('../../../docs/devnet.md', import.meta.url);
const START =
  '<!-- rpc-methods: generated from chain/src/rpc/methods.ts; see chain/src/rpc/rpc-docs.test.ts -->';
const END = '<!-- /rpc-methods -->';

const cell = (text: string) => text.replaceAll('|', '\\|');
const code = (text: string) => `\`${cell(text)}\``;

/**
 * One row per declaration, its aliases together, in name order; dev-only methods and the unsafe ones that
 * `--rpc-methods safe` refuses marked.
 */
function renderMethods(table: RpcMethodTable, devOnly: ReadonlySet<string>): string {
  const names = new Map<RpcMethod, string[]>();
  for (const name of Object.keys(table).sort()) {
    const decl = table[name];
    if (decl !== undefined) names.set(decl, [...(names.get(decl) ?? []), name]);
  }
  const rows = [...names].map(([decl, aliases]) => {
    const params = decl.params.map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type}`).join(', ');
    const marks = (n: string) => [devOnly.has(n) ? 'dev' : '', decl.unsafe ? 'unsafe' : ''].filter(Boolean);
    const methods = aliases
      .map((n) => `\`${n}\`${marks(n).length === 0 ? '' : ` (${marks(n).join(', ')})`}`)
      .join(', ');
    return `| ${methods} | ${params === '' ? '–' : code(`[${params}]`)} | ${code(decl.result)} | ${cell(decl.doc)} |`;
  });
  return ['| method | params | result | |', '|---|---|---|---|', ...rows].join('\n');
}

describe('docs/devnet.md', () => {
  it('default: the RPC method list equals the one rendered from the method table', () => {
    const all = createMethodTable({ devRpc: true });
    const served = createMethodTable({ devRpc: false });
    const devOnly = new Set(Object.keys(all).filter((n) => !(n in served)));
    const doc = readFileSync(DOC, 'utf8');
    const start = doc.indexOf(START);
    const end = doc.indexOf(END);
    expect(start, `docs/devnet.md has no ${START} … ${END} section`).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const expected = `${doc.slice(0, start + START.length)}\n${renderMethods(all, devOnly)}\n${doc.slice(end)}`;
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, expected);
    else expect(doc, 'rerun with UPDATE_DOCS=1 to rewrite the list').toBe(expected);
  });
});
