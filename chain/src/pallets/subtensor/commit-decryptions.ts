/**
 * Decryptions of CR-v4 commits, memoized by content: the reveal in the block step asks `decryptCommit`, which
 * answers from results a worker thread computed ahead (`rememberDecryption`, fed by the node as soon as a commit's
 * pulse is stored) or decrypts on the spot. A decryption is a pure function of the ciphertext and the signature, so
 * where it ran never changes a block.
 */
import { u8aConcat } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';
import { type TimelockDecryptResult, timelockDecrypt } from '@subnetkit/drand';
import type { StateReader } from '../../frame/state.js';
import { Pulses } from '../drand/storage.js';
import { TimelockedWeightCommits } from './storage.js';

/** Results kept at most (64 validators × a few subnets × two epochs, with room). */
const MAX_REMEMBERED = 8_192;
const memo = new Map<string, TimelockDecryptResult>();

/** The memo key of a ciphertext under a signature. */
export function decryptionKey(ciphertext: Uint8Array, signature: Uint8Array): string {
  return blake2AsHex(u8aConcat(signature, ciphertext), 128);
}

/** Records a decryption made elsewhere (a worker thread). */
export function rememberDecryption(key: string, result: TimelockDecryptResult): void {
  if (memo.size >= MAX_REMEMBERED) memo.clear();
  memo.set(key, result);
}

/**
 * `timelockDecrypt`, answered from the memo when a worker got there first.
 *
 * @example
 * const opened = decryptCommit(ciphertext, pulse.signature);
 */
export function decryptCommit(ciphertext: Uint8Array, signature: Uint8Array): TimelockDecryptResult {
  const key = decryptionKey(ciphertext, signature);
  const known = memo.get(key);
  if (known !== undefined) return known;
  const result = timelockDecrypt(ciphertext, signature);
  rememberDecryption(key, result);
  return result;
}

/** A decryption a worker can do now: the commit's pulse is stored and no result is remembered. */
export type DecryptionJob = {
  readonly key: string;
  readonly ciphertext: Uint8Array;
  readonly signature: Uint8Array;
};

/**
 * Every stored CR-v4 commit (any subnet, any epoch) whose drand pulse is on chain and whose decryption is not yet
 * remembered.
 *
 * @example
 * for (const job of decryptionsDue(state)) pool.decrypt(job);
 */
export function decryptionsDue(state: StateReader): DecryptionJob[] {
  const itemPrefix = TimelockedWeightCommits.key(0, 0n).slice(0, 66);
  const jobs: DecryptionJob[] = [];
  for (const key of state.getKeysPaged(itemPrefix, 10_000)) {
    // prefix ‖ twox64(netuid) ‖ netuid (u16 LE) ‖ twox64(epoch) ‖ epoch (u64 LE)
    const netuid = Buffer.from(key.slice(66 + 16, 66 + 20), 'hex').readUInt16LE();
    const epoch = Buffer.from(key.slice(-16), 'hex').readBigUInt64LE();
    for (const [, , ciphertext, round] of TimelockedWeightCommits.get(state, netuid, epoch)) {
      const pulse = Pulses.get(state, round);
      if (pulse === undefined) continue;
      const jobKey = decryptionKey(ciphertext, pulse.signature);
      if (!memo.has(jobKey)) jobs.push({ key: jobKey, ciphertext, signature: pulse.signature });
    }
  }
  return jobs;
}
