/**
 * The timelock format proven both ways against the Python `bittensor-drand` package (Rust `tle` inside): a
 * ciphertext our code makes decrypts there, and one made there decrypts here, both with quicknet's real signature of
 * round 1000. Skips with one message where there is no python3 or no PyPI.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { u8aToHex } from '@polkadot/util';
import { decodeTleCiphertext, QUICKNET, timelockDecrypt, timelockEncrypt } from '@subnetkit/drand';
import { loadQuicknetVectors } from '@subnetkit/drand/test-vectors';
import { encryptWeightsCommit, predictFirstRevealBlock, revealRoundFromClock } from '@subnetkit/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DrandVenv, drandVenv } from './drand-venv.js';

const run = promisify(execFile);
const PEER = join(import.meta.dirname, 'bittensor_drand_peer.py');
const vectors = loadQuicknetVectors();
const [p1000, p1001] = vectors.pulses;
const payload = vectors.tleCiphertext.plaintext;
const hex = (bytes: Uint8Array) => u8aToHex(bytes).slice(2);
const bytes = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));

let venv: DrandVenv;
beforeAll(async () => {
  venv = await drandVenv();
  if ('skip' in venv) console.warn(`bittensor-drand interop skipped: ${venv.skip}`);
}, 200_000);

/** Runs one request through bittensor_drand_peer.py. */
async function peer(request: object): Promise<Record<string, string>> {
  if (!('python' in venv)) throw new Error('no venv');
  const child = run(venv.python, [PEER], { timeout: 30_000 });
  child.child.stdin?.end(JSON.stringify(request));
  return JSON.parse((await child).stdout);
}

describe('bittensor-drand interop', () => {
  it('default: ours → bittensor-drand: the SDK’s commit to round 1000 decrypts there with the real signature', async (context) => {
    if ('skip' in venv) return context.skip(venv.skip);
    // The SDK's CR-v4 commit of the payload in the vector (hotkey 0x0102…20, uids 0-2, version key 42).
    const ciphertext = encryptWeightsCommit({
      hotkey: Uint8Array.from({ length: 32 }, (_, i) => i + 1),
      uids: [0, 1, 2],
      values: [65535, 1000, 7],
      versionKey: 42n,
      revealRound: 1000n,
      publicKey: QUICKNET.publicKey,
    });
    const answer = await peer({
      op: 'decrypt',
      ciphertext: hex(ciphertext),
      round: 1000,
      signature: hex(p1000!.signature),
    });
    expect(answer.plaintext).toBe(hex(payload));
  });

  it('default: bittensor-drand → ours: its ciphertext to round 1000 decrypts here, and not with round 1001', async (context) => {
    if ('skip' in venv) return context.skip(venv.skip);
    const answer = await peer({ op: 'encrypt', plaintext: hex(payload), round: 1000 });
    const ciphertext = bytes(answer.ciphertext!);
    expect(timelockDecrypt(ciphertext, p1000!.signature)).toEqual({ ok: true, plaintext: payload });
    expect(timelockDecrypt(ciphertext, p1001!.signature)).toEqual({ ok: false, reason: 'wrong-signature' });
  });

  it('error: bittensor-drand refuses our ciphertext under the signature of round 1001', async (context) => {
    if ('skip' in venv) return context.skip(venv.skip);
    const ciphertext = timelockEncrypt({ plaintext: payload, round: 1000n, publicKey: QUICKNET.publicKey });
    await expect(
      peer({ op: 'decrypt', ciphertext: hex(ciphertext), round: 1000, signature: hex(p1001!.signature) }),
    ).rejects.toThrow();
  });

  type Case = { name: string; state: Record<string, number>; period: number };
  const schedule = (
    lastEpochBlock: number,
    pendingEpochAt: number,
    subnetEpochIndex: number,
    blocksSinceLastStep: number,
    currentBlock: number,
  ) => ({ lastEpochBlock, pendingEpochAt, subnetEpochIndex, tempo: 360, blocksSinceLastStep, currentBlock });
  it.for<Case>([
    { name: 'mid-epoch', state: schedule(1000, 0, 7, 40, 1040), period: 1 },
    { name: 'the block before an epoch', state: schedule(1000, 0, 7, 359, 1359), period: 1 },
    { name: 'an owner-triggered epoch pending', state: schedule(1000, 1050, 7, 40, 1040), period: 2 },
    { name: 'past MaxTempo without an epoch', state: schedule(0, 0, 0, 50_401, 60_000), period: 3 },
  ])(
    'behavior: get_encrypted_commit_v2 and our prediction pick the same reveal round ($name)',
    async ({ state, period }, context) => {
      if ('skip' in venv) return context.skip(venv.skip);
      // 300 s blocks: a reveal block off by one would move the round by 100, so agreement within one round (the
      // clock read a moment apart) means the same predicted block.
      const answer = await peer({
        op: 'commit_v2',
        state,
        period,
        block_time: 300,
        hotkey: hex(new Uint8Array(32).fill(7)),
      });
      const first = predictFirstRevealBlock(
        {
          lastEpochBlock: BigInt(state.lastEpochBlock!),
          pendingEpochAt: BigInt(state.pendingEpochAt!),
          subnetEpochIndex: BigInt(state.subnetEpochIndex!),
          tempo: state.tempo!,
          blocksSinceLastStep: BigInt(state.blocksSinceLastStep!),
          currentBlock: BigInt(state.currentBlock!),
        },
        BigInt(period),
      );
      const ours = revealRoundFromClock({
        firstRevealBlock: first!,
        currentBlock: BigInt(state.currentBlock!),
        blockTime: 300,
        nowSeconds: Number(answer.now),
      });
      expect(Math.abs(Number(ours) - Number(answer.round))).toBeLessThanOrEqual(1);
      expect(decodeTleCiphertext(bytes(answer.ciphertext!))?.u).toHaveLength(96);
      expect(bytes(answer.ciphertext!)).toHaveLength(244 + 1 + 32 + 1 + 4 + 1 + 4 + 8); // docs/drand.md
    },
  );
});
