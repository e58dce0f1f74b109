import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileScoreStore, STATE_FORMAT, type ValidatorState } from '@subnetkit/validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'score-store-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

const state: ValidatorState = {
  netuid: 3,
  hotkey: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
  step: 41,
  scores: new Map([
    ['a', 0.1 + 0.2],
    ['b', 1 / 3],
    ['c', Number.MIN_VALUE],
  ]),
  lastWeightsBlock: 120,
  pendingCommit: {
    hash: '0x01',
    uids: [1],
    values: [65535],
    salt: [1, 2],
    versionKey: '18446744073709551615',
    commitBlock: 118,
    commitEpoch: 9,
  },
};

describe('createFileScoreStore', () => {
  it('default: a missing file loads as undefined; a saved state loads back bit for bit', async () => {
    const store = createFileScoreStore({ path: join(directory, 'round-trip.json') });
    expect(await store.load()).toBeUndefined();
    await store.save(state);
    const loaded = await store.load();
    expect(loaded).toEqual(state);
    for (const [hotkey, score] of state.scores)
      expect(Object.is(loaded?.scores.get(hotkey), score)).toBe(true);
  });

  it('behavior: the file is versioned and a save replaces it whole, leaving no temporary file', async () => {
    const path = join(directory, 'versioned.json');
    const store = createFileScoreStore({ path });
    await store.save(state);
    await store.save({ ...state, step: 42, scores: new Map([['z', 0.5]]) });
    const file = JSON.parse(await readFile(path, 'utf8'));
    expect(file).toMatchObject({ format: STATE_FORMAT, version: 1, step: 42, scores: { z: 0.5 } });
    expect(await readdir(directory)).not.toContainEqual(expect.stringMatching(/\.tmp$/));
  });

  it('behavior: load removes the temporary files of a writer killed mid-save', async () => {
    const path = join(directory, 'stale.json');
    const store = createFileScoreStore({ path });
    await store.save(state);
    await writeFile(`${path}.999999.0.tmp`, '{"format":"subnetkit-valid');
    expect(await store.load()).toEqual(state);
    expect(await readdir(directory)).not.toContain('stale.json.999999.0.tmp');
  });

  it('error: a torn or foreign file is refused (VALIDATOR_STORE_CORRUPT), not replaced by zeros', async () => {
    const path = join(directory, 'corrupt.json');
    await writeFile(path, '{"format":"subnetkit-validator-state","version":1,"scor');
    await expect(createFileScoreStore({ path }).load()).rejects.toMatchObject({
      code: 'VALIDATOR_STORE_CORRUPT',
    });
    await writeFile(path, JSON.stringify({ step: 1 }));
    await expect(createFileScoreStore({ path }).load()).rejects.toMatchObject({
      code: 'VALIDATOR_STORE_CORRUPT',
    });
    await writeFile(
      path,
      JSON.stringify({
        format: STATE_FORMAT,
        version: 1,
        netuid: 1,
        hotkey: 'x',
        step: 1,
        scores: { a: 'high' },
      }),
    );
    await expect(createFileScoreStore({ path }).load()).rejects.toMatchObject({
      code: 'VALIDATOR_STORE_CORRUPT',
    });
  });

  it('error: a newer format version is refused (VALIDATOR_STORE_UNSUPPORTED_VERSION)', async () => {
    const path = join(directory, 'future.json');
    await writeFile(path, JSON.stringify({ format: STATE_FORMAT, version: 2 }));
    await expect(createFileScoreStore({ path }).load()).rejects.toMatchObject({
      code: 'VALIDATOR_STORE_UNSUPPORTED_VERSION',
    });
  });
});
