import type { ApiPromise } from '@polkadot/api';
import { hexToU8a } from '@polkadot/util';
import { type EpochScheduleState, predictFirstRevealBlock } from '../weights/predict-first-reveal-block.js';
import { SECURITY_BLOCK_OFFSET } from '../weights/reveal-round-from-clock.js';
import { bigintOf, numberOf } from './codec-values.js';

/** Blocks over which the chain's drand rounds per block are measured. */
const RATE_WINDOW = 20;

/**
 * Where a CR-v4 commit made now will land: its reveal round, the block the chain will reveal it, the key.
 *
 * @example
 * const { revealRound, expectedRevealBlock }: TimelockSchedule = (await readTimelockSchedule(api, { netuid: 1 }))!;
 */
export type TimelockSchedule = {
  /** The drand round to encrypt to. */
  readonly revealRound: bigint;
  /** The first block of the reveal epoch (the chain tries from there). */
  readonly firstRevealBlock: bigint;
  /** The block the reveal is expected in: the reveal epoch, once the round's pulse is stored. */
  readonly expectedRevealBlock: bigint;
  /** `Drand.BeaconConfig.public_key`. */
  readonly publicKey: Uint8Array;
  /** `CommitRevealWeightsVersion`. */
  readonly version: number;
  /** `Drand.LastStoredRound` at the head. */
  readonly lastStoredRound: bigint;
};

/**
 * Reads the subnet's epoch schedule, its reveal period and the chain's drand state at the head, predicts the first
 * reveal block as bittensor-drand does, and picks the round the chain will have stored `SECURITY_BLOCK_OFFSET`
 * blocks after it. The chain's own pulse rate (rounds stored per block over the last 20 blocks) converts blocks
 * to rounds, so the same code fits a real subtensor (about 4 quicknet rounds per 12 s block) and the devnet's
 * beacon (one a block, or one per 3 s); `fallbackBlockTime` (s) is used before any pulse is stored.
 *
 * @example
 * const schedule = await readTimelockSchedule(client.api, { netuid: 1 });
 */
export async function readTimelockSchedule(
  api: ApiPromise,
  parameters: { netuid: number; fallbackBlockTime?: number },
): Promise<TimelockSchedule | undefined> {
  const { netuid } = parameters;
  const header = await api.rpc.chain.getHeader();
  const head = header.number.toBigInt();
  const at = await api.at(header.hash);
  const q = at.query.subtensorModule;
  const [lastEpochBlock, pendingEpochAt, epochIndex, tempo, sinceStep, period, version, last, config] =
    await Promise.all([
      q.lastEpochBlock(netuid),
      q.pendingEpochAt(netuid),
      q.subnetEpochIndex(netuid),
      q.tempo(netuid),
      q.blocksSinceLastStep(netuid),
      q.revealPeriodEpochs(netuid),
      q.commitRevealWeightsVersion(),
      at.query.drand.lastStoredRound(),
      at.query.drand.beaconConfig(),
    ]);
  const state: EpochScheduleState = {
    lastEpochBlock: bigintOf(lastEpochBlock),
    pendingEpochAt: bigintOf(pendingEpochAt),
    subnetEpochIndex: bigintOf(epochIndex),
    tempo: numberOf(tempo),
    blocksSinceLastStep: bigintOf(sinceStep),
    currentBlock: head,
  };
  const firstRevealBlock = predictFirstRevealBlock(state, bigintOf(period));
  if (firstRevealBlock === undefined) return undefined;
  const lastStoredRound = bigintOf(last);
  const beacon = config.toJSON() as { publicKey: string; period: number };
  const rate = await roundsPerBlock(
    api,
    head,
    lastStoredRound,
    beacon.period,
    parameters.fallbackBlockTime ?? 12,
  );
  const blocks = firstRevealBlock + SECURITY_BLOCK_OFFSET - head;
  const revealRound = lastStoredRound + BigInt(Math.ceil(Number(blocks) * rate));
  const stored = head + BigInt(Math.ceil(Number(revealRound - lastStoredRound) / rate)) + 1n;
  return {
    revealRound,
    firstRevealBlock,
    expectedRevealBlock: stored > firstRevealBlock ? stored : firstRevealBlock,
    publicKey: hexToU8a(beacon.publicKey),
    version: numberOf(version),
    lastStoredRound,
  };
}

/**
 * Drand rounds the chain stores per block, measured over the last 20 blocks before `head` (whose
 * `LastStoredRound` is `last`); from the block timestamps when no round came in that window; `blockTime / period`
 * without pulses.
 *
 * @example
 * const rate = await roundsPerBlock(api, head, lastStoredRound, 3, 12); // ≈ 4 on finney, 1 on an instant devnet
 */
export async function roundsPerBlock(
  api: ApiPromise,
  head: bigint,
  last: bigint,
  period: number,
  blockTime: number,
): Promise<number> {
  // A young chain has no pulses in its first blocks: the window shrinks until its start has some.
  for (
    let window = head > BigInt(RATE_WINDOW) ? RATE_WINDOW : Number(head) - 1;
    window >= 2 && last > 0n;
    window >>= 1
  ) {
    const past = await api.at(await api.rpc.chain.getBlockHash(head - BigInt(window)));
    const before = bigintOf(await past.query.drand.lastStoredRound());
    if (before > 0n && last > before) return Number(last - before) / window;
    if (before > 0n) {
      // No new round in the window: blocks come faster than rounds (a devnet with short block times); the block
      // timestamps tell how much faster.
      const now = await api.at(await api.rpc.chain.getBlockHash(head));
      const [to, from] = await Promise.all([now.query.timestamp.now(), past.query.timestamp.now()]);
      const seconds = Number(bigintOf(to) - bigintOf(from)) / 1000 / window;
      if (seconds > 0) return seconds / period;
    }
  }
  return blockTime / period;
}
