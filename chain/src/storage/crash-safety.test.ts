/**
 * A writer process commits blocks in a loop and is SIGKILLed at random instants; after each kill
 * the database must reopen at a fully committed block: head present, every block up to it, its
 * state complete and its history readable. Half the rounds write with `durable: false` (no fsync),
 * which must survive a process kill as well.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { openChainDatabase } from './open-chain-database.js';
import type { HexString, StorageKey } from './types.js';

const KEYS = 300;
const LIVE = 50;
const chainDir = fileURLToPath(new URL('../../', import.meta.url));
const moduleUrl = new URL('./open-chain-database.ts', import.meta.url).href;

const hashOf = (n: number): HexString => `0x${n.toString(16).padStart(64, '0')}`;
const keyOf = (i: number): StorageKey => `0xaa${i.toString(16).padStart(8, '0')}`;
const liveKeyOf = (n: number): StorageKey => `0xbb${n.toString(16).padStart(8, '0')}`;
const blockValue = (n: number, i: number): HexString =>
  `0x${n.toString(16).padStart(8, '0')}${i.toString(16).padStart(56, '0')}`;

/**
 * The writer: block n sets every `0xaa…` key to a value naming n, adds live key n, deletes live
 * key n - LIVE, and carries n in its header and body. Continues from the head it finds.
 */
const writer = `
const { openChainDatabase } = await import(${JSON.stringify(moduleUrl)});
const hashOf = ${hashOf.toString()};
const keyOf = ${keyOf.toString()};
const liveKeyOf = ${liveKeyOf.toString()};
const blockValue = ${blockValue.toString()};
const db = await openChainDatabase({ path: process.env.CHAIN_PATH, historyDepth: 20, durable: process.env.CHAIN_DURABLE === '1' });
const head = db.head();
let n = head === undefined ? 0 : head.number + 1;
// "ready" after the first commit, so that even a kill in round 0 leaves a block to reopen at.
let announced = false;
for (;;) {
  const changes = [];
  for (let i = 0; i < ${KEYS}; i++) changes.push([keyOf(i), blockValue(n, i)]);
  changes.push([liveKeyOf(n), blockValue(n, 0)]);
  if (n >= ${LIVE}) changes.push([liveKeyOf(n - ${LIVE}), null]);
  await db.commitBlock({
    number: n, hash: hashOf(n), parentHash: n === 0 ? hashOf(0) : hashOf(n - 1),
    header: new Uint8Array(64).fill(n & 0xff), body: [new Uint8Array([n & 0xff, (n >> 8) & 0xff])], changes,
  });
  if (!announced) {
    announced = true;
    process.stdout.write('ready ' + n + '\\n');
  }
  n++;
  if (n % 8 === 0) await new Promise((resolve) => setImmediate(resolve));
}
`;

function startWriter(path: string, durable: boolean): { child: ChildProcess; ready: Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', writer], {
    cwd: chainDir,
    env: { ...process.env, CHAIN_PATH: path, CHAIN_DURABLE: durable ? '1' : '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      if (String(chunk).includes('ready')) resolve();
    });
    child.on('exit', (code, signal) =>
      reject(new Error(`writer exited early (${code ?? signal}): ${stderr}`)),
    );
  });
  return { child, ready };
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('crash safety (lmdb)', () => {
  test('behavior: a SIGKILL at any instant reopens at the last fully committed block', async () => {
    const path = mkdtempSync(join(tmpdir(), 'subnetkit-crash-'));
    dirs.push(path);
    let lastHead = -1;
    const rounds = 8;
    for (let round = 0; round < rounds; round++) {
      // Alternate fsync-per-commit and no-fsync writers: both must survive a process kill.
      const { child, ready } = startWriter(path, round % 2 === 0);
      await ready;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 150));
      child.kill('SIGKILL');
      await exited;

      const db = await openChainDatabase({ path, historyDepth: 20 });
      try {
        const head = db.head();
        expect(head).toBeDefined();
        const h = head?.number as number;
        expect(h).toBeGreaterThanOrEqual(lastHead);
        lastHead = h;
        // Every block up to the head, linked, with its header and body; nothing after it.
        for (let n = 0; n <= h; n++) {
          const block = db.blockByNumber(n);
          expect(block?.hash).toBe(hashOf(n));
          if (n > 0) expect(block?.parentHash).toBe(hashOf(n - 1));
          expect(block?.header).toEqual(new Uint8Array(64).fill(n & 0xff));
          expect(block?.body.map((x) => [...x])).toEqual([[n & 0xff, (n >> 8) & 0xff]]);
        }
        expect(db.hashByNumber(h + 1)).toBeUndefined();
        // The head state is exactly block h's; past states within the window are exact too.
        for (const n of [h, h - 1, h - 7, h - 20].filter((x) => x >= 0)) {
          const view = db.stateAt(hashOf(n));
          for (let i = 0; i < KEYS; i++) expect(view.get(keyOf(i))).toBe(blockValue(n, i));
          const live = view.getKeysPaged('0xbb', 1000);
          const expected = Array.from({ length: Math.min(n + 1, LIVE) }, (_, j) =>
            liveKeyOf(n - Math.min(n + 1, LIVE) + 1 + j),
          );
          expect(live).toEqual(expected);
          expect(view.getKeysPaged('0x', 10_000).length).toBe(KEYS + expected.length);
        }
        expect(db.blockChanges(hashOf(h)).length).toBe(h === 0 ? KEYS + 1 : h >= LIVE ? KEYS + 2 : KEYS + 1);
      } finally {
        await db.close();
      }
    }
    expect(lastHead).toBeGreaterThan(0);
  }, 60_000);
});
