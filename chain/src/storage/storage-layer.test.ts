import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { StorageError } from './storage-error.js';
import { StorageLayer } from './storage-layer.js';
import type { HexString, StateView, StorageKey, StorageValue } from './types.js';

/** A plain map as a parent view: the reference for everything the layer merges. */
function mapView(entries: Record<string, string>): StateView {
  const map = new Map(Object.entries(entries) as [StorageKey, StorageValue][]);
  const view: StateView = {
    get: (key) => map.get(key) ?? null,
    *keys(prefix, startKey) {
      for (const key of [...map.keys()].sort()) {
        if (key.startsWith(prefix) && (startKey === undefined || key > startKey)) yield key;
      }
    },
    getKeysPaged: (prefix, count, startKey) => [...view.keys(prefix, startKey)].slice(0, count),
  };
  return view;
}

describe('StorageLayer', () => {
  test('default', () => {
    const layer = new StorageLayer(mapView({ '0x01': '0xaa', '0x02': '0xbb' }));
    expect(layer.get('0x01')).toBe('0xaa');
    layer.set('0x01', '0xcc');
    layer.set('0x03', '0xdd');
    layer.set('0x02', null);
    expect(layer.get('0x01')).toBe('0xcc');
    expect(layer.get('0x02')).toBeNull();
    expect(layer.getKeysPaged('0x', 10)).toEqual(['0x01', '0x03']);
    expect(layer.changes()).toEqual([
      ['0x01', '0xcc'],
      ['0x02', null],
      ['0x03', '0xdd'],
    ]);
  });

  test('behavior: keys merge overlay and parent in byte order under the prefix, strictly after startKey', () => {
    const layer = new StorageLayer(mapView({ '0x0101': '0x', '0x0103': '0x', '0x0201': '0x', '0x00': '0x' }));
    layer.set('0x0102', '0x01');
    layer.set('0x01', '0x01');
    layer.set('0x0103', null);
    layer.set('0x0104', '0x01');
    expect(layer.getKeysPaged('0x01', 100)).toEqual(['0x01', '0x0101', '0x0102', '0x0104']);
    expect(layer.getKeysPaged('0x01', 2)).toEqual(['0x01', '0x0101']);
    expect(layer.getKeysPaged('0x01', 100, '0x0101')).toEqual(['0x0102', '0x0104']);
    expect(layer.getKeysPaged('0x01', 100, '0x01')).toEqual(['0x0101', '0x0102', '0x0104']);
    expect(layer.getKeysPaged('0x01', 100, '0x00ff')).toEqual(['0x01', '0x0101', '0x0102', '0x0104']);
    expect(layer.getKeysPaged('0x02', 100)).toEqual(['0x0201']);
    expect(layer.getKeysPaged('0x03', 100)).toEqual([]);
    expect(layer.getKeysPaged('0x01', 0)).toEqual([]);
  });

  test('behavior: changes() leaves out writes that equal the parent value', () => {
    const layer = new StorageLayer(mapView({ '0x01': '0xaa' }));
    layer.set('0x01', '0xaa');
    layer.set('0x02', null);
    layer.set('0x03', '0x01');
    layer.set('0x03', null);
    expect(layer.changes()).toEqual([]);
  });

  test('behavior: rollback undoes a transaction, commit folds it into the enclosing one', () => {
    const layer = new StorageLayer(mapView({ '0x01': '0xaa' }));
    layer.set('0x02', '0x02');
    layer.begin();
    layer.set('0x01', '0xbb');
    layer.set('0x03', '0x03');
    layer.begin();
    layer.set('0x01', null);
    layer.set('0x04', '0x04');
    expect(layer.depth).toBe(2);
    layer.commit();
    expect(layer.get('0x01')).toBeNull();
    layer.rollback();
    expect(layer.depth).toBe(0);
    expect(layer.get('0x01')).toBe('0xaa');
    expect(layer.get('0x03')).toBeNull();
    expect(layer.get('0x04')).toBeNull();
    expect(layer.getKeysPaged('0x', 10)).toEqual(['0x01', '0x02']);
    expect(layer.changes()).toEqual([['0x02', '0x02']]);
  });

  test('behavior: transaction() commits on return and rolls back on throw', () => {
    const layer = new StorageLayer(mapView({}));
    const result = layer.transaction(() => {
      layer.set('0x01', '0x01');
      return 7;
    });
    expect(result).toBe(7);
    expect(() =>
      layer.transaction(() => {
        layer.set('0x01', '0x02');
        layer.set('0x02', '0x02');
        throw new Error('BadOrigin');
      }),
    ).toThrow('BadOrigin');
    expect(layer.changes()).toEqual([['0x01', '0x01']]);
  });

  test('behavior: clearPrefix deletes what the layer sees under the prefix, up to a limit', () => {
    const layer = new StorageLayer(mapView({ '0x0101': '0x01', '0x0102': '0x01', '0x02': '0x01' }));
    layer.set('0x0103', '0x01');
    expect(layer.clearPrefix('0x01', 2)).toBe(2);
    expect(layer.getKeysPaged('0x', 10)).toEqual(['0x0103', '0x02']);
    expect(layer.clearPrefix('0x01')).toBe(1);
    expect(layer.getKeysPaged('0x', 10)).toEqual(['0x02']);
  });

  test('behavior: a layer over a layer sees the lower writes', () => {
    const lower = new StorageLayer(mapView({ '0x01': '0x01' }));
    lower.set('0x02', '0x02');
    const upper = new StorageLayer(lower);
    upper.set('0x01', null);
    expect(upper.getKeysPaged('0x', 10)).toEqual(['0x02']);
    expect(upper.changes()).toEqual([['0x01', null]]);
  });

  test('error: commit or rollback without an open transaction', () => {
    const layer = new StorageLayer(mapView({}));
    expect(() => layer.commit()).toThrow(StorageError);
    expect(() => layer.rollback()).toThrowError(
      expect.objectContaining({ code: 'CHAIN_STORAGE_NO_TRANSACTION' }),
    );
  });

  test('behavior: matches a plain map under random writes, transactions and paging', () => {
    const keyArb = fc.constantFrom<HexString>(
      '0x01',
      '0x0101',
      '0x0102',
      '0x0110',
      '0x02',
      '0x0201',
      '0x03',
      '0xff',
    );
    const valueArb = fc.option(fc.constantFrom<HexString>('0x', '0x00', '0x01'), { nil: null });
    const opArb = fc.oneof(
      fc.record({ op: fc.constant('set' as const), key: keyArb, value: valueArb }),
      fc.record({ op: fc.constantFrom('begin' as const, 'commit' as const, 'rollback' as const) }),
    );
    const parentArb = fc.dictionary(keyArb, fc.constantFrom('0x', '0xaa'));
    fc.assert(
      fc.property(parentArb, fc.array(opArb, { maxLength: 40 }), (parent, ops) => {
        const layer = new StorageLayer(mapView(parent));
        // Reference: a stack of full copies of the state.
        const stack: Map<string, string | null>[] = [new Map(Object.entries(parent))];
        for (const step of ops) {
          const top = stack[stack.length - 1] as Map<string, string | null>;
          if (step.op === 'set') {
            layer.set(step.key, step.value);
            top.set(step.key, step.value);
          } else if (step.op === 'begin') {
            layer.begin();
            stack.push(new Map(top));
          } else if (stack.length > 1) {
            if (step.op === 'commit') {
              layer.commit();
              stack.splice(-2, 2, top);
            } else {
              layer.rollback();
              stack.pop();
            }
          }
        }
        const model = stack[stack.length - 1] as Map<string, string | null>;
        const present = [...model]
          .filter(([, v]) => v !== null)
          .map(([k]) => k)
          .sort();
        for (const prefix of ['0x', '0x01', '0x02', '0x04'] as HexString[]) {
          const expected = present.filter((k) => k.startsWith(prefix));
          expect(layer.getKeysPaged(prefix, 100)).toEqual(expected);
          // Page by 2 as the client does (it starts at startKey = prefix, which skips a key equal to it).
          const paged: string[] = [];
          let page = layer.getKeysPaged(prefix, 2, prefix);
          if (model.get(prefix) != null) paged.push(prefix);
          while (page.length > 0) {
            paged.push(...page);
            page = layer.getKeysPaged(prefix, 2, page[page.length - 1]);
          }
          expect(paged).toEqual(expected);
        }
        for (const [key, value] of model) expect(layer.get(key as StorageKey)).toBe(value);
        const expectedChanges = [...model]
          .filter(([k, v]) => (parent[k] ?? null) !== v)
          .sort(([a], [b]) => (a < b ? -1 : 1));
        expect(layer.changes()).toEqual(expectedChanges);
      }),
      { numRuns: 300 },
    );
  });
});
