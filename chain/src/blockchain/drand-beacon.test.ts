import { sha256 } from '@noble/hashes/sha2';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { QUICKNET, timelockDecrypt, timelockEncrypt, verifyPulse } from '@subnetkit/drand';
import { beforeAll, describe, expect, it } from 'vitest';
import { encode } from '../frame/scale/codec.js';
import { BeaconConfig, LastStoredRound, OldestStoredRound, Pulses, roundAt } from '../pallets/drand/index.js';
import { TimelockedWeightCommits } from '../pallets/subtensor/storage.js';
import { createRuntime } from '../runtime/runtime.js';
import { openChainDatabase } from '../storage/index.js';
import { Blockchain } from './blockchain.js';

const genesis = {
  endowed: [[new Uint8Array(32).fill(1), 10n ** 12n]] as const,
  sudoKey: new Uint8Array(32).fill(1),
};
const T0 = BigInt(QUICKNET.genesisTime + 3 * 999) * 1000n; // the time of quicknet round 1000

beforeAll(cryptoWaitReady);

async function chainWith(schedule: 'time' | 'per-block') {
  const db = await openChainDatabase({ memory: true });
  return { db, chain: await Blockchain.open(createRuntime({ drand: { schedule } }), db, genesis) };
}

describe('Drand pallet (the devnet beacon)', () => {
  it('default: genesis holds the dev beacon key, not quicknet; per-block mode advances a round a block and signs while commits wait', async () => {
    const { db, chain } = await chainWith('per-block');
    const config = BeaconConfig.get(chain.stateAt());
    expect(config.public_key).not.toEqual(QUICKNET_KEY);
    expect(config.period).toBe(3);
    for (let i = 1; i <= 3; i++) await chain.buildBlock([], T0 + BigInt(i)); // block 1 has no clock yet
    const idle = LastStoredRound.get(chain.stateAt());
    expect(idle).toBe(1001n);
    expect(Pulses.get(chain.stateAt(), idle)).toBeUndefined(); // no commit waits: nothing signed
    const pending = encode(TimelockedWeightCommits.value, [
      [new Uint8Array(32), 1n, new Uint8Array([1]), idle],
    ]);
    await chain.buildBlock([], T0 + 4n, [
      [`0x${TimelockedWeightCommits.key(1, 0n).slice(2)}`, u8aToHex(pending)],
    ]);
    for (let i = 5; i <= 7; i++) await chain.buildBlock([], T0 + BigInt(i));
    const state = chain.stateAt();
    const last = LastStoredRound.get(state);
    expect(last).toBe(idle + 4n);
    expect(OldestStoredRound.get(state)).toBe(1000n);
    // The commit went in with block 4 (round idle + 1, then the last stored one); every round since is signed.
    for (let round = idle + 1n; round <= last; round++) {
      const pulse = Pulses.get(state, round);
      expect(pulse && verifyPulse(pulse, config.public_key), `${round}`).toBe(true);
      expect(pulse?.randomness).toEqual(pulse && sha256(pulse.signature));
    }
    expect(Pulses.get(state, last + 1n)).toBeUndefined();
    await db.close();
  });

  it('behavior: time mode stores every quicknet-schedule round whose time has come, and decrypts what is encrypted to them', async () => {
    const { db, chain } = await chainWith('time');
    await chain.buildBlock([], T0);
    await chain.buildBlock([], T0 + 9_000n); // three rounds later
    await chain.buildBlock([], T0 + 9_500n); // the block after: its parent is 9 s past T0
    const state = chain.stateAt();
    expect(roundAt(T0, BeaconConfig.get(state))).toBe(1000n);
    expect(OldestStoredRound.get(state)).toBe(1000n);
    expect(LastStoredRound.get(state)).toBe(1003n);
    const { public_key } = BeaconConfig.get(state);
    const plaintext = new Uint8Array([1, 2, 3]);
    const ct = timelockEncrypt({ plaintext, round: 1002n, publicKey: public_key });
    expect(timelockDecrypt(ct, Pulses.get(state, 1002n)?.signature ?? new Uint8Array())).toEqual({
      ok: true,
      plaintext,
    });
    await db.close();
  });
});

const QUICKNET_KEY = Buffer.from(QUICKNET.publicKey.slice(2), 'hex');
