import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import type { ChainDatabase, OpenChainDatabaseOptions } from './chain-database.js';
import { openChainDatabase } from './open-chain-database.js';
import { StorageError } from './storage-error.js';
import { StorageLayer } from './storage-layer.js';
import type { CommitBlockParameters, HexString, StorageChange, StorageKey } from './types.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'subnetkit-storage-'));
  dirs.push(dir);
  return dir;
}

/** A hash that encodes the block number (and a fork tag), so tests can read it back. */
function hashOf(number: number, tag = 0): HexString {
  return `0x${tag.toString(16).padStart(8, '0')}${number.toString(16).padStart(56, '0')}`;
}

function block(
  number: number,
  changes: readonly StorageChange[],
  tag = 0,
  parentTag = tag,
): CommitBlockParameters {
  return {
    number,
    hash: hashOf(number, tag),
    parentHash: number === 0 ? hashOf(0, 0xffffffff) : hashOf(number - 1, parentTag),
    header: new Uint8Array([number & 0xff, 1, 2]),
    body: [new Uint8Array([9, number & 0xff])],
    changes,
  };
}

async function expectCode(promise: Promise<unknown> | (() => unknown), code: string): Promise<StorageError> {
  let caught: unknown;
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(StorageError);
  expect((caught as StorageError).code).toBe(code);
  return caught as StorageError;
}

const backends: [string, () => OpenChainDatabaseOptions][] = [
  ['memory', () => ({ memory: true })],
  ['lmdb', () => ({ path: tempDir() })],
];

describe.each(backends)('openChainDatabase (%s)', (backend, options) => {
  let db: ChainDatabase;
  afterEach(async () => {
    await db?.close();
  });

  test('default', async () => {
    db = await openChainDatabase(options());
    expect(db.backend).toBe(backend);
    expect(db.historyDepth).toBe(256);
    expect(db.head()).toBeUndefined();
    await db.commitBlock(
      block(0, [
        ['0x0101', '0xaa'],
        ['0x0102', '0xbb'],
        ['0x02', '0x'],
      ]),
    );
    const layer = new StorageLayer(db.stateAt());
    layer.set('0x0101', '0xcc');
    layer.set('0x0102', null);
    layer.set('0x0103', '0xdd');
    await db.commitBlock(block(1, layer.changes()));

    const head = db.head();
    expect(head?.number).toBe(1);
    expect(head?.hash).toBe(hashOf(1));
    expect([...(head?.header ?? [])]).toEqual([1, 1, 2]);
    expect(head?.body.map((x) => [...x])).toEqual([[9, 1]]);
    expect(db.hashByNumber(0)).toBe(hashOf(0));
    expect(db.blockByNumber(0)?.hash).toBe(hashOf(0));
    expect(db.blockByHash(hashOf(0))?.parentHash).toBe(hashOf(0, 0xffffffff));
    expect(db.hashByNumber(2)).toBeUndefined();

    const now = db.stateAt();
    expect(now.get('0x0101')).toBe('0xcc');
    expect(now.get('0x0102')).toBeNull();
    expect(now.get('0x02')).toBe('0x');
    expect(now.getKeysPaged('0x01', 10)).toEqual(['0x0101', '0x0103']);

    const before = db.stateAt(hashOf(0));
    expect(before.get('0x0101')).toBe('0xaa');
    expect(before.get('0x0102')).toBe('0xbb');
    expect(before.get('0x0103')).toBeNull();
    expect(before.getKeysPaged('0x', 10)).toEqual(['0x0101', '0x0102', '0x02']);
    expect(before.getKeysPaged('0x01', 10, '0x0101')).toEqual(['0x0102']);

    expect(db.blockChanges(hashOf(1))).toEqual([
      ['0x0101', '0xcc'],
      ['0x0102', null],
      ['0x0103', '0xdd'],
    ]);
    expect(db.blockChanges(hashOf(0))).toEqual([
      ['0x0101', '0xaa'],
      ['0x0102', '0xbb'],
      ['0x02', '0x'],
    ]);
  });

  test('behavior: states older than historyDepth are pruned with a clear error', async () => {
    db = await openChainDatabase({ ...options(), historyDepth: 3 });
    for (let n = 0; n <= 10; n++)
      await db.commitBlock(block(n, [['0x01', `0x${n.toString(16).padStart(2, '0')}`]]));
    expect(db.oldestStateNumber()).toBe(7);
    for (let n = 7; n <= 10; n++)
      expect(db.stateAt(hashOf(n)).get('0x01')).toBe(`0x${n.toString(16).padStart(2, '0')}`);
    const error = await expectCode(() => db.stateAt(hashOf(6)), 'CHAIN_STATE_PRUNED');
    expect(error.shortMessage).toBe('state of block #6 is pruned (keeps the last 3)');
    // Blocks themselves are kept.
    expect(db.blockByNumber(1)?.hash).toBe(hashOf(1));
    // A view taken earlier starts failing once its block leaves the window.
    const view = db.stateAt(hashOf(7));
    await db.commitBlock(block(11, []));
    await expectCode(() => view.get('0x01'), 'CHAIN_STATE_PRUNED');
  });

  test('behavior: revertTo moves the head back and restores the state', async () => {
    db = await openChainDatabase(options());
    await db.commitBlock(block(0, [['0x01', '0x00']]));
    await db.commitBlock(
      block(1, [
        ['0x01', '0x01'],
        ['0x02', '0x01'],
      ]),
    );
    await db.commitBlock(
      block(2, [
        ['0x01', null],
        ['0x03', '0x02'],
      ]),
    );
    await db.revertTo(hashOf(0));
    expect(db.head()?.number).toBe(0);
    expect(db.hashByNumber(1)).toBeUndefined();
    expect(db.blockByHash(hashOf(2))).toBeUndefined();
    expect(db.stateAt().getKeysPaged('0x', 10)).toEqual(['0x01']);
    expect(db.stateAt().get('0x01')).toBe('0x00');
    await expectCode(() => db.stateAt(hashOf(1)), 'CHAIN_BLOCK_NOT_FOUND');
    // A different block 1 can follow.
    await db.commitBlock(block(1, [['0x04', '0x04']], 1, 0));
    expect(db.stateAt().getKeysPaged('0x', 10)).toEqual(['0x01', '0x04']);
    expect(db.stateAt(hashOf(0)).getKeysPaged('0x', 10)).toEqual(['0x01']);
  });

  test('behavior: metadata is written with a block', async () => {
    db = await openChainDatabase(options());
    await db.commitBlock({ ...block(0, []), meta: { spec: new Uint8Array([1, 2]) } });
    expect([...(db.getMeta('spec') ?? [])]).toEqual([1, 2]);
    await db.commitBlock({ ...block(1, []), meta: { spec: null } });
    expect(db.getMeta('spec')).toBeUndefined();
  });

  test('behavior: matches snapshots of every block under random blocks and reverts', async () => {
    const keyArb = fc.constantFrom<StorageKey>('0x01', '0x0101', '0x0102', '0x02', '0x0201', '0xff');
    const changesArb = fc.array(
      fc.tuple(keyArb, fc.option(fc.constantFrom<HexString>('0x', '0x01', '0x02'), { nil: null })),
      {
        maxLength: 5,
      },
    );
    const stepArb = fc.oneof(
      { weight: 4, arbitrary: changesArb.map((changes) => ({ kind: 'block' as const, changes })) },
      { weight: 1, arbitrary: fc.nat(4).map((back) => ({ kind: 'revert' as const, back })) },
      { weight: 1, arbitrary: fc.constant({ kind: 'reopen' as const }) },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 25 }), async (steps) => {
        const depth = 4;
        const base = options();
        let local = await openChainDatabase({ ...base, historyDepth: depth });
        try {
          const snapshots: Map<string, string>[] = [];
          const tags: number[] = [];
          let state = new Map<string, string>();
          let tag = 0;
          const commit = async (changes: readonly StorageChange[]) => {
            const number = snapshots.length;
            const parentTag = tags[number - 1] ?? 0;
            await local.commitBlock(block(number, changes, tag, parentTag));
            state = new Map(state);
            for (const [k, v] of changes) v === null ? state.delete(k) : state.set(k, v);
            snapshots.push(state);
            tags.push(tag);
          };
          await commit([]);
          for (const step of steps) {
            if (step.kind === 'block') {
              const unique = [...new Map(step.changes)];
              await commit(unique);
            } else if (step.kind === 'reopen') {
              if (backend === 'memory') continue;
              await local.close();
              local = await openChainDatabase({ ...base, historyDepth: depth });
            } else {
              const target = Math.max(local.oldestStateNumber() as number, snapshots.length - 1 - step.back);
              await local.revertTo(hashOf(target, tags[target]));
              snapshots.length = target + 1;
              tags.length = target + 1;
              state = snapshots[target] as Map<string, string>;
              tag++;
            }
            const head = snapshots.length - 1;
            // After a revert the window restarts from the undo records that were kept.
            const oldest = local.oldestStateNumber() as number;
            expect(oldest).toBeGreaterThanOrEqual(Math.max(0, head - depth));
            expect(oldest).toBeLessThanOrEqual(head);
            for (let n = oldest; n <= head; n++) {
              const view = local.stateAt(hashOf(n, tags[n]));
              const snapshot = snapshots[n] as Map<string, string>;
              for (const key of ['0x01', '0x0101', '0x0102', '0x02', '0x0201', '0xff'] as StorageKey[]) {
                expect(view.get(key)).toBe(snapshot.get(key) ?? null);
              }
              const keys = [...snapshot.keys()].sort();
              expect(view.getKeysPaged('0x', 100)).toEqual(keys);
              expect(view.getKeysPaged('0x01', 100, '0x01')).toEqual(
                keys.filter((k) => k.startsWith('0x01') && k > '0x01'),
              );
            }
            if (oldest > 0)
              await expectCode(
                () => local.stateAt(hashOf(oldest - 1, tags[oldest - 1])),
                'CHAIN_STATE_PRUNED',
              );
          }
        } finally {
          await local.close();
        }
      }),
      { numRuns: backend === 'lmdb' ? 25 : 150 },
    );
    db = await openChainDatabase(options());
  });

  test('error: a block that does not extend the head', async () => {
    db = await openChainDatabase(options());
    await expectCode(db.commitBlock(block(1, [])), 'CHAIN_BLOCK_NOT_CHILD');
    await db.commitBlock(block(0, []));
    await expectCode(db.commitBlock(block(2, [])), 'CHAIN_BLOCK_NOT_CHILD');
    await expectCode(db.commitBlock({ ...block(1, []), parentHash: hashOf(0, 5) }), 'CHAIN_BLOCK_NOT_CHILD');
    expect(db.head()?.number).toBe(0);
  });

  test('error: malformed keys and values are refused before anything is written', async () => {
    db = await openChainDatabase(options());
    await expectCode(db.commitBlock(block(0, [['0xAB' as HexString, '0x01']])), 'CHAIN_STORAGE_INVALID_HEX');
    await expectCode(db.commitBlock(block(0, [['0x01', '0x1' as HexString]])), 'CHAIN_STORAGE_INVALID_HEX');
    await expectCode(db.commitBlock(block(0, [['0x', '0x01']])), 'CHAIN_STORAGE_INVALID_HEX');
    expect(db.head()).toBeUndefined();
  });

  test('error: unknown blocks, empty chain, closed database', async () => {
    db = await openChainDatabase(options());
    await expectCode(() => db.stateAt(), 'CHAIN_BLOCK_NOT_FOUND');
    await db.commitBlock(block(0, []));
    await expectCode(() => db.stateAt(hashOf(9)), 'CHAIN_BLOCK_NOT_FOUND');
    await expectCode(() => db.blockChanges(hashOf(9)), 'CHAIN_BLOCK_NOT_FOUND');
    await db.close();
    await expectCode(() => db.head(), 'CHAIN_STORAGE_CLOSED');
    await db.close();
  });
});

describe('openChainDatabase (lmdb) on disk', () => {
  test('behavior: reopens at the last committed block with its history', async () => {
    const path = tempDir();
    let db = await openChainDatabase({ path, historyDepth: 5 });
    for (let n = 0; n <= 8; n++)
      await db.commitBlock(
        block(n, [
          ['0x01', `0x0${n}`],
          [`0x100${n}`, '0x'],
        ]),
      );
    await db.close();
    db = await openChainDatabase({ path, historyDepth: 5 });
    expect(db.head()?.number).toBe(8);
    expect(db.stateAt().get('0x01')).toBe('0x08');
    expect(db.stateAt(hashOf(3)).get('0x01')).toBe('0x03');
    expect(db.stateAt(hashOf(3)).getKeysPaged('0x10', 100)).toEqual(['0x1000', '0x1001', '0x1002', '0x1003']);
    await expectCode(() => db.stateAt(hashOf(2)), 'CHAIN_STATE_PRUNED');
    await db.close();
    // A smaller window on reopen drops the older undo records.
    db = await openChainDatabase({ path, historyDepth: 2 });
    expect(db.oldestStateNumber()).toBe(6);
    await expectCode(() => db.stateAt(hashOf(5)), 'CHAIN_STATE_PRUNED');
    await db.close();
    db = await openChainDatabase({ path, historyDepth: 5 });
    expect(db.oldestStateNumber()).toBe(5);
    expect(db.stateAt(hashOf(5)).get('0x01')).toBe('0x05');
    await db.close();
  });

  test('error: a second open of the same path is refused while the first is open', async () => {
    const path = tempDir();
    const db = await openChainDatabase({ path });
    const error = await expectCode(openChainDatabase({ path }), 'CHAIN_STORAGE_LOCKED');
    expect(error.message).toContain(`in use by process ${process.pid}`);
    await db.close();
    const again = await openChainDatabase({ path });
    await again.close();
  });
});
