/**
 * Commit-reveal v4 benchmark: (1) the SDK's encryption of one commit (`encryptWeightsCommit`, a 256-uid payload),
 * and (2) the devnet block that reveals 64 CR-v4 commits (one subnet's 64 validators, each weighting 64 uids):
 * decryption with the stored drand pulse, payload decode, `set_weights`' checks and the write, against the same
 * epoch block with no commits (the reference, in the same run). Target: the reveal block ≤ 500 ms median.
 * Run from the repo root: node --conditions=source --import tsx bench/crv4/run.ts
 * Prints a table and writes bench/results/crv4.json. RUNS overrides the number of reveal blocks timed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ApiPromise } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { startDevnet } from '@subnetkit/chain';
import { cryptoReady, encryptWeightsCommit } from '@subnetkit/sdk';
import { encode } from '../../chain/src/frame/scale/codec.js';
import type { StorageItem } from '../../chain/src/frame/storage-item.js';
import * as D from '../../chain/src/pallets/drand/storage.js';
import * as S from '../../chain/src/pallets/subtensor/storage.js';
import { wsProvider } from '../../test/support/ws-provider.js';
import { formatTable } from '../yuma/format-table.js';

const RUNS = Number(process.env.RUNS ?? 5);
const VALIDATORS = 64;
const TEMPO = 10;
const TARGET_MS = 500;
const root = fileURLToPath(new URL('../..', import.meta.url));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

await cryptoReady();
const devnet = await startDevnet({ port: 0, mode: 'manual', finalizeDelay: 0 });
const api = await ApiPromise.create({
  provider: wsProvider(devnet.url, 1_000, {}, 300_000),
  noInitWarn: true,
});
const provider = (
  api as unknown as { _rpcCore: { provider: { send(m: string, p: unknown[]): Promise<unknown> } } }
)._rpcCore.provider;
const keyring = new Keyring({ type: 'sr25519' });
await api.tx.subtensorModule
  .registerNetwork(keyring.addFromUri('//Alice_hk').address)
  .signAndSend(keyring.addFromUri('//Alice'));
await devnet.newBlock(1);
const netuid = 1;
/** A storage item's value at the head, read over RPC and decoded by the item itself. */
async function read<K extends unknown[], V>(item: StorageItem<K, V>, ...args: K): Promise<V> {
  const raw = (await provider.send('state_getStorage', [item.key(...args)])) as string | null;
  return item.get({ get: () => raw, getKeysPaged: () => [] }, ...args);
}
/** One `dev_setStorage` entry of a storage item. */
const put = <K extends unknown[], V>(item: StorageItem<K, V>, args: K, value: V): [string, string] => [
  item.key(...args),
  u8aToHex(encode(item.value, value)),
];
const write = (entries: [string, string][]) => provider.send('dev_setStorage', [entries]);

// 64 validators (uids 1..64), each weighting all 64 of them; their permits are written before each reveal.
const hotkeys = Array.from({ length: VALIDATORS }, (_, i) => keyring.addFromUri(`//Crv4Bench${i}`).publicKey);
await write([
  put(S.SubnetworkN, [netuid], VALIDATORS + 1),
  put(S.MaxAllowedUids, [netuid], VALIDATORS + 1),
  put(S.Tempo, [netuid], TEMPO),
  put(S.MinAllowedWeights, [netuid], 1),
  put(
    S.ValidatorPermit,
    [netuid],
    Array.from({ length: VALIDATORS + 1 }, () => true),
  ),
  ...hotkeys.flatMap((hk, i) => [put(S.Keys, [netuid, i + 1], hk), put(S.Uids, [netuid, hk], i + 1)]),
]);
await devnet.newBlock(2);
const uids = Array.from({ length: VALIDATORS }, (_, i) => i + 1);
const publicKey = await read(D.BeaconConfig);

// (1) encryption per commit, a 256-uid payload.
const wide = Array.from({ length: 256 }, (_, i) => i);
const encryptMs: number[] = [];
for (let i = 0; i < 30; i++) {
  const t = performance.now();
  encryptWeightsCommit({
    hotkey: hotkeys[0]!,
    uids: wide,
    values: wide.map((u) => u * 200),
    versionKey: 0n,
    revealRound: 1n,
    publicKey: publicKey.public_key,
  });
  encryptMs.push(performance.now() - t);
}

/**
 * Builds blocks one by one until the subnet's epoch block, `gapMs` apart (start to start), timing each; returns the
 * epoch block's time.
 */
async function timeEpochBlock(gapMs: number): Promise<number> {
  const epoch = await read(S.SubnetEpochIndex, netuid);
  for (;;) {
    const t = performance.now();
    await devnet.newBlock(1);
    const ms = performance.now() - t;
    if ((await read(S.SubnetEpochIndex, netuid)) !== epoch) return ms;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, gapMs - ms)));
  }
}

/** Times RUNS reveal blocks and RUNS reference epoch blocks with blocks `gapMs` apart. */
async function measure(
  gapMs: number,
): Promise<{ revealMs: number[]; referenceMs: number[]; revealed: number }> {
  const revealMs: number[] = [];
  const referenceMs: number[] = [];
  let revealed = 0;
  for (let run = 0; run < RUNS; run++) {
    await timeEpochBlock(0); // start right after an epoch
    referenceMs.push(await timeEpochBlock(gapMs)); // an epoch block with nothing to reveal
    const epoch = await read(S.SubnetEpochIndex, netuid);
    // The next round: the devnet beacon (manual mode) signs rounds from the one after the commits land.
    const round = (await read(D.LastStoredRound)) + 1n;
    const commits = hotkeys.map(
      (hk, i): S.TimelockedCommit => [
        hk,
        BigInt(i),
        encryptWeightsCommit({
          hotkey: hk,
          uids,
          values: uids.map((u) => (u * 1_000 + run) % 65_535),
          versionKey: 0n,
          revealRound: round,
          publicKey: publicKey.public_key,
        }),
        round,
      ],
    );
    // Permits as the epoch before the reveal would have left them (the validators hold no stake here).
    const permits = Array.from({ length: VALIDATORS + 1 }, () => true);
    await write([
      put(S.TimelockedWeightCommits, [netuid, epoch], commits),
      put(S.ValidatorPermit, [netuid], permits),
    ]);
    revealMs.push(await timeEpochBlock(gapMs));
    const left = await read(S.TimelockedWeightCommits, netuid, epoch);
    if (left.length === 0) revealed += VALIDATORS;
    const weights = await read(S.Weights, netuid, 1);
    if (weights.length !== VALIDATORS)
      throw new Error(`run ${run}: validator 1 has ${weights.length} weights after the reveal`);
  }
  return { revealMs, referenceMs, revealed };
}

// Back to back (manual blocks as fast as they build: the reveal block decrypts on the block step), then 1 s apart
// (the devnet's default block time: the node's worker threads decrypt once the commits and their pulse are stored).
const backToBack = await measure(0);
const oneSecond = await measure(1_000);

const results = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  encryptCommitMedianMs: median(encryptMs),
  backToBack: {
    revealBlockMedianMs: median(backToBack.revealMs),
    referenceEpochBlockMedianMs: median(backToBack.referenceMs),
    perCommitMs: (median(backToBack.revealMs) - median(backToBack.referenceMs)) / VALIDATORS,
  },
  oneSecondBlocks: {
    revealBlockMedianMs: median(oneSecond.revealMs),
    referenceEpochBlockMedianMs: median(oneSecond.referenceMs),
  },
  commitsRevealed: backToBack.revealed + oneSecond.revealed,
  runs: RUNS,
  targetMs: TARGET_MS,
  withinTarget: median(oneSecond.revealMs) <= TARGET_MS,
};
console.log(
  formatTable(
    ['measure', 'median ms'],
    [
      ['encrypt one commit (256 uids)', results.encryptCommitMedianMs.toFixed(1)],
      [
        `reveal of ${VALIDATORS} commits, blocks back to back`,
        results.backToBack.revealBlockMedianMs.toFixed(1),
      ],
      ['reference epoch block, back to back', results.backToBack.referenceEpochBlockMedianMs.toFixed(1)],
      ['per commit decrypted on the block step', results.backToBack.perCommitMs.toFixed(1)],
      [
        `reveal of ${VALIDATORS} commits, blocks 1 s apart`,
        results.oneSecondBlocks.revealBlockMedianMs.toFixed(1),
      ],
      ['reference epoch block, 1 s apart', results.oneSecondBlocks.referenceEpochBlockMedianMs.toFixed(1)],
    ],
  ),
);
console.log(`target ≤ ${TARGET_MS} ms: ${results.withinTarget ? 'met' : 'NOT met'} (${results.cpus} CPUs)`);
mkdirSync(`${root}/bench/results`, { recursive: true });
writeFileSync(
  `${root}/bench/results/crv4.json`,
  `${JSON.stringify(results, (_, v) => (typeof v === 'bigint' ? v.toString() : v), 2)}\n`,
);
await api.disconnect();
await devnet.close();
