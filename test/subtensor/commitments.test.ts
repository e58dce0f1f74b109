/**
 * The Commitments pallet over unmodified @polkadot/api: `set_commitment` call data as subtensor encodes it, a plain
 * commitment set and read back, every refusal by subtensor's name, timelocked fields revealed by the chain when
 * their drand pulse is stored (encrypted by our `tle` code to the devnet beacon, by the Rust `tle` crate and by the
 * Python `bittensor-drand` package to quicknet, whose real pulse the test writes), and the bonds reset a
 * `ResetBondsFlag` commitment triggers when `BondsResetOn` is set.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ApiPromise } from '@polkadot/api';
import { compactAddLength, hexToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import type { Devnet } from '@subnetkit/chain';
import { timelockEncrypt } from '@subnetkit/drand';
import { loadQuicknetVectors } from '@subnetkit/drand/test-vectors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DrandVenv, drandVenv } from '../drand/drand-venv.js';
import {
  alice,
  big,
  createSubnet,
  fund,
  keyring,
  ok,
  send,
  setStorage,
  startSubtensor,
  sudo,
} from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
let netuid: number;
let beaconKey: Uint8Array;
const ownerHot = keyring.addFromUri('//Commit_owner_hk');
const miner = keyring.addFromUri('//Commit_miner');
const miner2 = keyring.addFromUri('//Commit_miner2');
const stranger = keyring.addFromUri('//Commit_stranger');
const tx = () => api.tx.commitments;
const text = (s: string) => new TextEncoder().encode(s);
const raw = (s: string) => ({ [`Raw${text(s).length}`]: u8aToHex(text(s)) });
const lastRound = async () => big(await api.query.drand.lastStoredRound());
const json = async (value: Promise<unknown>) => ((await value) as { toJSON(): unknown }).toJSON();

/** Builds blocks one at a time until one emits `CommitmentRevealed`, at most `limit`; returns its number. */
async function blocksUntilRevealed(limit: number): Promise<number> {
  for (let i = 0; i < limit; i++) {
    await devnet.newBlock(1);
    const records = (await api.query.system.events()) as unknown as { event: { method: string } }[];
    if (records.some((r) => r.event.method === 'CommitmentRevealed'))
      return (await api.rpc.chain.getHeader()).number.toNumber();
  }
  throw new Error(`no CommitmentRevealed within ${limit} blocks`);
}

/** Writes quicknet's real pulse of `round` to `Drand.Pulses` (the devnet's own beacon cannot sign for quicknet). */
async function writeQuicknetPulse(round: bigint, signature: Uint8Array): Promise<void> {
  const value = u8aConcat(
    api.createType('u64', round).toU8a(),
    compactAddLength(new Uint8Array(32)),
    compactAddLength(signature),
  );
  await setStorage(api, api.query.drand.pulses.key(round), u8aToHex(value));
}

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  netuid = await createSubnet(api, alice, ownerHot);
  for (const hotkey of [miner, miner2]) {
    await ok(api, api.tx.subtensorModule.burnedRegister(netuid, hotkey.address), alice);
  }
  await fund(api, miner, miner2, stranger);
  const config = (await api.query.drand.beaconConfig()).toJSON() as { publicKey: string };
  beaconKey = hexToU8a(config.publicKey);
});
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('commitments', () => {
  it('default: set_commitment call data is subtensor’s (pallet 18, call 0: netuid, CommitmentInfo { fields })', () => {
    const data = tx()
      .setCommitment(7, { fields: [raw('hi'), { ResetBondsFlag: null }] })
      .method.toU8a();
    // 18, 0, netuid u16, compact(2) fields, Raw2 = variant 3 + 2 bytes, ResetBondsFlag = variant 135
    expect(u8aToHex(data)).toBe('0x120007000803686987');
    const encrypted = '0x0909';
    const timelocked = tx()
      .setCommitment(7, { fields: [{ TimelockEncrypted: { encrypted, reveal_round: 5 } }] })
      .method.toU8a();
    expect(u8aToHex(timelocked)).toBe('0x1200070004860809090500000000000000');
    expect(u8aToHex(tx().setMaxSpace(4000).method.toU8a())).toBe('0x1202a00f0000');
  });

  it('behavior: a registered hotkey sets a commitment; CommitmentOf, LastCommitment and UsedSpaceOf hold it', async () => {
    const out = await ok(api, tx().setCommitment(netuid, { fields: [raw('github.com/me/model')] }), miner);
    const event = out.events.find((e) => e.section === 'commitments');
    expect(event?.method).toBe('Commitment');
    expect(event?.data).toEqual([netuid, miner.address]);
    const block = (await api.rpc.chain.getHeader()).number.toNumber();
    expect(await json(api.query.commitments.commitmentOf(netuid, miner.address))).toEqual({
      deposit: 0,
      block,
      info: { fields: [{ raw19: u8aToHex(text('github.com/me/model')) }] },
    });
    expect(await json(api.query.commitments.lastCommitment(netuid, miner.address))).toBe(block);
    // 19 bytes count as the minimum of 100.
    expect(await json(api.query.commitments.usedSpaceOf(netuid, miner.address))).toEqual({
      lastEpoch: 0,
      usedSpace: 100,
    });
    const metagraph = (await api.call.subnetInfoRuntimeApi.getSelectiveMetagraph(
      netuid,
      Array.from({ length: 100 }, (_, i) => i),
    )) as unknown as { unwrap(): { commitments: { unwrap(): { toJSON(): unknown } } } };
    const registration = (await api.query.commitments.commitmentOf(netuid, miner.address)) as unknown as {
      unwrap(): { toU8a(): Uint8Array };
    };
    expect(metagraph.unwrap().commitments.unwrap().toJSON()).toEqual([
      [miner.address, [...registration.unwrap().toU8a()]],
    ]);
    const fee = await tx()
      .setCommitment(netuid, { fields: [raw('x')] })
      .paymentInfo(miner);
    expect(fee.partialFee.toBigInt()).toBe(0n); // Pays::No
  });

  it('error: every refusal is subtensor’s error (AccountNotAllowedCommit, SpaceLimitExceeded, BadOrigin), and a fourth field does not decode', async () => {
    const error = async (call: Parameters<typeof send>[1], signer = miner2) =>
      (await send(api, call, signer)).error;
    expect(await error(tx().setCommitment(netuid, { fields: [raw('a')] }), stranger)).toBe(
      'commitments.AccountNotAllowedCommit',
    );
    expect(await error(tx().setCommitment(netuid + 40, { fields: [raw('a')] }))).toBe(
      'commitments.AccountNotAllowedCommit',
    );
    expect(await error(tx().setMaxSpace(150))).toBe('BadOrigin');
    await sudo(api, tx().setMaxSpace(250));
    expect((await api.query.commitments.maxSpace()).toJSON()).toBe(250);
    await ok(api, tx().setCommitment(netuid, { fields: [raw('one')] }), miner2);
    await ok(api, tx().setCommitment(netuid, { fields: [raw('two')] }), miner2);
    expect(await error(tx().setCommitment(netuid, { fields: [raw('three')] }))).toBe(
      'commitments.SpaceLimitExceeded',
    );
    await sudo(api, tx().setMaxSpace(3100));
    const four = tx().setCommitment(netuid, { fields: [raw('a'), raw('b'), raw('c'), raw('d')] });
    await expect(send(api, four, miner2)).rejects.toThrow();
  });

  it('behavior: a field timelocked with our tle to the devnet beacon is revealed by the chain once its round’s pulse is stored', async () => {
    const round = (await lastRound()) + 3n;
    const encrypted = timelockEncrypt({ plaintext: text('secret model v2'), round, publicKey: beaconKey });
    const fields = [
      { TimelockEncrypted: { encrypted: u8aToHex(encrypted), reveal_round: round } },
      raw('public'),
    ];
    const out = await ok(api, tx().setCommitment(netuid, { fields }), miner);
    const event = out.events.find((e) => e.section === 'commitments');
    expect(event?.method).toBe('TimelockCommitment');
    expect(event?.data).toEqual([netuid, miner.address, Number(round)]);
    expect(await json(api.query.commitments.timelockedIndex())).toEqual([[netuid, miner.address]]);
    const revealedAt = await blocksUntilRevealed(10);
    expect(await lastRound()).toBeGreaterThanOrEqual(round);
    expect(await json(api.query.commitments.revealedCommitments(netuid, miner.address))).toEqual([
      [u8aToHex(text('secret model v2')), revealedAt],
    ]);
    const left = (await json(api.query.commitments.commitmentOf(netuid, miner.address))) as {
      info: { fields: unknown[] };
    };
    expect(left.info.fields).toEqual([{ raw6: u8aToHex(text('public')) }]);
    expect(await json(api.query.commitments.timelockedIndex())).toEqual([]);
  });

  it('behavior: ciphertexts of the Rust tle crate and of bittensor-drand (quicknet, round 1000) are revealed with quicknet’s real pulse', async (context) => {
    const vectors = loadQuicknetVectors();
    const pulse = vectors.pulses.find((p) => p.round === 1000n)!;
    const rust = vectors.tleCiphertext;
    expect(rust.round).toBe(1000n);
    const fields = [{ TimelockEncrypted: { encrypted: u8aToHex(rust.ciphertext), reveal_round: 1000 } }];
    const venv: DrandVenv = await drandVenv();
    if ('python' in venv) {
      const python = await encryptWithBittensorDrand(venv.python, text('from bittensor-drand'), 1000);
      fields.push({ TimelockEncrypted: { encrypted: u8aToHex(python), reveal_round: 1000 } });
    }
    await ok(api, tx().setCommitment(netuid, { fields }), miner2);
    await devnet.newBlock(2);
    // No pulse for round 1000 yet (the devnet beacon is not quicknet): nothing is revealed.
    expect(await json(api.query.commitments.revealedCommitments(netuid, miner2.address))).toBeNull();
    await writeQuicknetPulse(1000n, pulse.signature);
    const revealedAt = await blocksUntilRevealed(3);
    const revealed = (await json(api.query.commitments.revealedCommitments(netuid, miner2.address))) as [
      string,
      number,
    ][];
    expect(revealed[0]).toEqual([u8aToHex(rust.plaintext), revealedAt]);
    expect(await json(api.query.commitments.commitmentOf(netuid, miner2.address))).toBeNull();
    if (!('python' in venv)) return context.skip(`bittensor-drand part skipped: ${venv.skip}`);
    expect(revealed[1]).toEqual([u8aToHex(text('from bittensor-drand')), revealedAt]);
  }, 200_000);

  it('behavior: a ResetBondsFlag commitment removes the bonds toward the hotkey’s uid when BondsResetOn is set, and only then', async () => {
    const minerUid = (await api.query.subtensorModule.uids(netuid, miner.address)).toJSON() as number;
    const otherUid = (await api.query.subtensorModule.uids(netuid, miner2.address)).toJSON() as number;
    const bondsType = api.registry.createLookupType(
      api.query.subtensorModule.bonds.creator.meta.type.asMap.value,
    );
    const row = [
      [minerUid, 40_000],
      [otherUid, 20_000],
    ];
    await setStorage(
      api,
      api.query.subtensorModule.bonds.key(netuid, 0),
      api.createType(bondsType, row).toHex(),
    );
    await devnet.newBlock(1);
    const bonds = () => json(api.query.subtensorModule.bonds(netuid, 0));
    expect(await bonds()).toEqual(row);
    const flag = { fields: [{ ResetBondsFlag: null }] };
    await ok(api, tx().setCommitment(netuid, flag), miner);
    const off = (await api.rpc.chain.getHeader()).number.toNumber();
    expect(await bonds()).toEqual(row); // BondsResetOn is off: only LastBondsReset moves
    expect(await json(api.query.commitments.lastBondsReset(netuid, miner.address))).toBe(off);
    await sudo(api, api.tx.adminUtils.sudoSetBondsResetEnabled(netuid, true));
    await ok(api, tx().setCommitment(netuid, flag), miner);
    expect(await bonds()).toEqual([[otherUid, 20_000]]);
    expect(await json(api.query.commitments.lastBondsReset(netuid, miner.address))).toBe(off + 2);
  });
});

/** `bittensor_drand.encrypt_at_round(plaintext, round)` (quicknet), unwrapped to the bare `TLECiphertext`. */
async function encryptWithBittensorDrand(python: string, plaintext: Uint8Array, round: number) {
  const peer = join(import.meta.dirname, '..', 'drand', 'bittensor_drand_peer.py');
  const child = promisify(execFile)(python, [peer], { timeout: 30_000 });
  child.child.stdin?.end(JSON.stringify({ op: 'encrypt', plaintext: u8aToHex(plaintext).slice(2), round }));
  return hexToU8a(`0x${JSON.parse((await child).stdout).ciphertext}`);
}
