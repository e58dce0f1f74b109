/**
 * Issue 18, item 2: the real Python SDK (bittensor 11.3) against `subnetkit devnet --tmp` over its WebSocket. On a
 * subnet subnetkit created, bittensor registers, stakes, serves and sets weights (commit-reveal off), then commits and
 * reveals weights (CR-v2); everything it reads back — balance, uid, blocks since last update, hyperparameters, and
 * every metagraph field at one block — must equal what subnetkit's SDK reads from the same chain at that block.
 * Issue 21: bittensor's identity intents set the subnet's identity and symbol and the owner's identity, which both SDKs
 * read back alike; bittensor's RootRegister, SwapHotkey and AnnounceColdkeySwap intents and its subnet reads after a
 * dissolve, checked against the devnet's storage.
 */
import type { ApiPromise } from '@polkadot/api';
import type { ApiDecoration } from '@polkadot/api/types';
import { u8aConcat, u8aToHex } from '@polkadot/util';
import {
  addStake,
  coldkeySwapHash,
  createKeypair,
  createSubtensorClient,
  dissolveSubnet,
  generateWeightHash,
  getBalance,
  getHyperparameters,
  getIdentity,
  getMetagraph,
  getStake,
  getSubnetIdentity,
  getSubnets,
  getUid,
  registerSubnet,
  rootRegister,
  type SubtensorClient,
  setIdentity,
  setSubnetIdentity,
  setSubnetSymbol,
  submitExtrinsic,
  waitForBlock,
} from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DevnetProcess, spawnDevnet } from '../support/devnet-process.js';
import { alice, startAliceSubnet, sudoSet, TAO } from '../support/sdk-subnet.js';
import { interopPython } from './support/interop-venv.js';
import { lastJson, runPython } from './support/run-python.js';

type PyNeuron = {
  uid: number;
  hotkey: string;
  coldkey: string;
  active: boolean;
  validator_permit: boolean;
  last_update: number;
  block_at_registration: number;
  consensus: number;
  incentive: number;
  dividends: number;
  emission: number;
  alpha_stake: number;
  tao_stake: number;
  total_stake: number;
  axon: string | null;
};
type PyMetagraph = {
  netuid: number;
  block: number;
  name: string;
  symbol: string;
  tempo: number;
  last_step: number;
  blocks_since_last_step: number;
  owner_hotkey: string;
  owner_coldkey: string;
  network_registered_at: number;
  num_uids: number;
  max_uids: number;
  price: number | null;
  moving_price: number | null;
  neurons: PyNeuron[];
};
type NeuronRun = {
  block: number;
  coldkey: string;
  hotkey: string;
  balance_before: number;
  balance: number;
  uid: number;
  neuron: { uid: number; coldkey: string; last_update: number };
  blocks_since_last_update: number;
  weights: Record<string, Record<string, number>>;
  hyperparameters: Record<string, string | boolean>;
  metagraph: PyMetagraph;
};
type KeysAndSubnetsRun = {
  charlie: string;
  old_hotkey: string;
  new_hotkey: string;
  root_uid: number;
  old_uid_after: number | null;
  new_uid_after: number | null;
  new_hotkey_owner: string;
  new_hotkey_netuids: number[];
  dave: string;
  new_coldkey: string;
  announcement: { execute_block: number; new_coldkey_hash: string; disputed: boolean } | null;
  refused: { success: boolean; message: string };
  netuids: number[];
  dissolved_info: { tempo: number; burn: number; neuron_count: number };
  dissolved_hyperparameters: unknown;
  start_schedule: {
    netuid: number;
    registered_at: number;
    start_call_delay: number;
    earliest_start_block: number;
  };
};
type IdentityRun = {
  success: Record<string, boolean>;
  unknown_symbol_message: string;
  coldkey: string;
  identity: Record<string, string> | null;
  subnet_identity: Record<string, string> | null;
  token_symbol: string;
  metagraph: { name: string; symbol: string };
};
/** An SDK field name as bittensor's (subtensor's) field: `subnetName` → `subnet_name`. */
const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
type IdentityReads = {
  identity: Record<string, string> | null;
  subnet_identity: Record<string, string> | null;
  subnet_names: Record<string, string>;
  token_symbols: Record<string, string>;
  metagraph: { name: string; symbol: string };
};
type PricesRun = {
  block: number;
  alpha_price: { netuid: number; tao_per_alpha: number; price_rao: number };
  alpha_prices: Record<string, number>;
  price: number;
  moving_price: number;
  tao_flows: Record<string, number>;
};
type RootClaimRun = { coldkey: string; threshold: number };
type CommitRevealRun = {
  commit_hash: string;
  commit_block: number;
  reveal_block: number;
  uids: number[];
  values: number[];
  salt: number[];
  weights: Record<string, number>;
};

const python = inject('python');
/** Blocks per epoch: 5 s at 250 ms blocks, room for a reveal in the epoch after its commit. */
const TEMPO = 20;

describe.skipIf(python.command === undefined)('bittensor 11.3 SDK against subnetkit devnet', () => {
  let venvPython: string;
  let devnet: DevnetProcess;
  let client: SubtensorClient;
  let netuid: number;

  beforeAll(async () => {
    [venvPython, devnet] = await Promise.all([
      interopPython(python.command ?? 'python3'),
      spawnDevnet(['--tmp', '--block-time', '250']),
    ]);
    client = await createSubtensorClient({ url: devnet.url, deadlineMs: 20_000 });
    netuid = await startAliceSubnet(client, createKeypair({ uri: '//Alice//owner' }), {
      tempo: TEMPO,
      weights_set_rate_limit: 0,
      commit_reveal_weights_enabled: false,
    });
  }, 600_000);

  afterAll(async () => {
    await client?.disconnect();
    await devnet?.stop();
  });

  it('behavior: register, stake, serve, set weights; every read equals subnetkit at the same block', async () => {
    const run = lastJson<NeuronRun>(
      (await runPython(venvPython, 'sdk_neuron.py', [devnet.url, String(netuid)])).stdout,
    );
    const ours = await getMetagraph(client, { netuid, block: run.block, weights: true });

    expect(run.uid).toBe(await getUid(client, { netuid, hotkey: run.hotkey }));
    expect(run.neuron).toEqual({ uid: run.uid, coldkey: run.coldkey, last_update: ours.lastUpdate[run.uid] });
    expect(run.blocks_since_last_update).toBe(run.block - (ours.lastUpdate[run.uid] ?? 0));
    // Nothing moves the free balance after the script's last transaction; the stake and the burn left it.
    expect(BigInt(run.balance)).toBe((await getBalance(client, { address: run.coldkey })).free);
    expect(run.balance).toBeLessThan(run.balance_before - 10e9);

    const row = ours.weights?.[run.uid];
    const total = [...(row?.values ?? [])].reduce((a, b) => a + b, 0);
    const ourRow = Object.fromEntries(
      [...(row?.uids ?? [])].map((u, i) => [String(u), (row?.values[i] ?? 0) / total]),
    );
    expect(Object.keys(run.weights[String(run.uid)] ?? {})).toEqual(Object.keys(ourRow));
    for (const [uid, w] of Object.entries(ourRow))
      expect(run.weights[String(run.uid)]?.[uid]).toBeCloseTo(w, 9);
    expect(ourRow[String(run.uid)]).toBeCloseTo(0.75, 4);

    const hp = await getHyperparameters(client, { netuid });
    const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    for (const [name, value] of Object.entries(run.hyperparameters)) {
      const mine = hp[camel(name) as keyof typeof hp];
      if (name === 'alpha_sigmoid_steepness') expect(Number(value)).toBe(Math.trunc(Number(mine)));
      else
        expect(typeof value === 'boolean' ? value : BigInt(value), name).toEqual(
          typeof mine === 'boolean' ? mine : BigInt(mine),
        );
    }
    expect(Object.keys(run.hyperparameters).map(camel).sort()).toEqual(Object.keys(hp).sort());

    const m = run.metagraph;
    expect({
      netuid: m.netuid,
      block: m.block,
      name: m.name,
      symbol: m.symbol,
      tempo: m.tempo,
      last_step: m.last_step,
      blocks_since_last_step: m.blocks_since_last_step,
      owner_hotkey: m.owner_hotkey,
      owner_coldkey: m.owner_coldkey,
      network_registered_at: m.network_registered_at,
      num_uids: m.num_uids,
      max_uids: m.max_uids,
    }).toEqual({
      netuid,
      block: ours.block,
      name: ours.name,
      symbol: ours.symbol,
      tempo: ours.hyperparameters.tempo,
      last_step: ours.lastStep,
      blocks_since_last_step: ours.blocksSinceLastStep,
      owner_hotkey: ours.ownerHotkey,
      owner_coldkey: ours.ownerColdkey,
      network_registered_at: ours.networkRegisteredAt,
      num_uids: ours.n,
      max_uids: ours.hyperparameters.maxUids,
    });
    expect(m.price).toBeCloseTo(Number(ours.pool.taoIn) / Number(ours.pool.alphaIn), 12);
    expect(m.moving_price).toBeCloseTo(ours.pool.movingPrice, 9);
    expect(m.neurons).toHaveLength(ours.n);
    for (const n of m.neurons) {
      const uid = n.uid;
      const axon = ours.axons[uid];
      expect(n, `uid ${uid}`).toEqual({
        uid,
        hotkey: ours.hotkeys[uid],
        coldkey: ours.coldkeys[uid],
        active: ours.active[uid] === 1,
        validator_permit: ours.validatorPermit[uid] === 1,
        last_update: ours.lastUpdate[uid],
        block_at_registration: ours.blockAtRegistration[uid],
        consensus: expect.closeTo(ours.consensus[uid] ?? -1, 12),
        incentive: expect.closeTo(ours.incentive[uid] ?? -1, 12),
        dividends: expect.closeTo(ours.dividends[uid] ?? -1, 12),
        emission: expect.closeTo((ours.emission[uid] ?? -1) * 1e9, 0),
        alpha_stake: Number(ours.stake.alphaRao[uid]),
        tao_stake: Number(ours.stake.taoRao[uid]),
        total_stake: Number(ours.stake.totalRao[uid]),
        axon: axon === undefined || axon.ip === '0.0.0.0' ? null : `${axon.ip}:${axon.port}`,
      });
    }
    expect(m.neurons[run.uid]?.axon).toBe('127.0.0.2:8091');
    expect(m.neurons[run.uid]?.alpha_stake).toBeGreaterThan(0);
  });

  it('behavior: commit_weights then reveal_weights (CR-v2) set the revealed weights', async () => {
    await sudoSet(client, netuid, 'commit_reveal_weights_enabled', true);
    const run = lastJson<CommitRevealRun>(
      (await runPython(venvPython, 'sdk_commit_reveal.py', [devnet.url, String(netuid)])).stdout,
    );
    expect(run.reveal_block).toBeGreaterThan(run.commit_block);
    const hotkey = createKeypair({ uri: '//Bob//hot' }).address;
    expect(run.commit_hash).toBe(
      generateWeightHash({
        hotkey,
        netuid,
        uids: run.uids,
        values: run.values,
        salt: run.salt,
        versionKey: 0n,
      }),
    );
    const uid = (await getUid(client, { netuid, hotkey })) ?? -1;
    const ours = await getMetagraph(client, { netuid, block: run.reveal_block, weights: true });
    const row = ours.weights?.[uid];
    expect([...(row?.uids ?? [])]).toEqual(Object.keys(run.weights).map(Number));
    const total = [...(row?.values ?? [])].reduce((a, b) => a + b, 0);
    for (const [i, u] of [...(row?.uids ?? [])].entries()) {
      expect(run.weights[String(u)]).toBeCloseTo((row?.values[i] ?? 0) / total, 9);
    }
  });
  it('behavior: root_register, swap_hotkey, a coldkey-swap announcement and the subnets after a dissolve', async () => {
    const { netuid: dissolved } = await registerSubnet(client, {
      signer: alice,
      hotkey: createKeypair({ uri: '//Alice//dissolved' }).address,
    });
    await dissolveSubnet(client, { signer: alice, netuid: dissolved });
    const run = lastJson<KeysAndSubnetsRun>(
      (
        await runPython(venvPython, 'sdk_keys_and_subnets.py', [
          devnet.url,
          String(netuid),
          String(dissolved),
        ])
      ).stdout,
    );
    const q = client.api.query.subtensorModule;

    // root_register gave the hotkey a root uid; swap_hotkey moved uid, ownership and membership to the new hotkey.
    expect(run.old_uid_after).toBeNull();
    expect(run.new_uid_after).toBe(run.root_uid);
    expect((await q.uids(0, run.new_hotkey)).toJSON()).toBe(run.root_uid);
    expect((await q.uids(0, run.old_hotkey)).toJSON()).toBeNull();
    expect((await q.keys(0, run.root_uid)).toString()).toBe(run.new_hotkey);
    expect((await q.owner(run.new_hotkey)).toString()).toBe(run.charlie);
    expect(run.new_hotkey_owner).toBe(run.charlie);
    expect(run.new_hotkey_netuids).toEqual([0]);
    expect((await q.isNetworkMember(run.new_hotkey, 0)).toJSON()).toBe(true);
    expect((await q.isNetworkMember(run.old_hotkey, 0)).toJSON()).toBe(false);

    // The announcement bittensor reads is the one stored, with the hash of the key it announced; the pending swap
    // then blocks the coldkey's other calls, and bittensor reads subtensor's error text for it.
    const stored = (await q.coldkeySwapAnnouncements(run.dave)).toJSON() as [number, string] | null;
    expect(stored).toEqual([run.announcement?.execute_block, run.announcement?.new_coldkey_hash]);
    expect(run.announcement?.new_coldkey_hash).toBe(coldkeySwapHash(run.new_coldkey));
    expect(run.announcement?.disputed).toBe(false);
    expect(run.refused).toEqual({ success: false, message: 'Coldkey swap announced.' });

    // The dissolved subnet is gone from bittensor's reads as from the chain's NetworksAdded.
    const added = (await q.networksAdded.entries())
      .filter(([, on]) => on.toJSON() === true)
      .map(([key]) => Number(key.args[0]?.toString()))
      .sort((a, b) => a - b);
    expect(run.netuids).toEqual(added);
    expect(run.netuids).not.toContain(dissolved);
    expect(run.dissolved_hyperparameters).toBeNull();
    expect(run.dissolved_info).toEqual({
      tempo: (await q.tempo(dissolved)).toJSON(),
      burn: Number((await q.burn(dissolved)).toString()),
      neuron_count: 0,
    });
    expect((await q.subnetworkN(dissolved)).toJSON()).toBe(0);

    // The start schedule: NetworkRegisteredAt plus the pallet constant InitialStartCallDelay (subtensor's 0).
    const registeredAt = Number((await q.networkRegisteredAt(netuid)).toString());
    const delay = Number(client.api.consts.subtensorModule.initialStartCallDelay.toString());
    expect(delay).toBe(0);
    expect(run.start_schedule).toMatchObject({
      netuid,
      registered_at: registeredAt,
      start_call_delay: delay,
      earliest_start_block: registeredAt + delay,
    });
  });

  // Last: it signs as //Alice from Python, which the client's nonce counter for //Alice does not see.
  it('behavior: identities and symbols set with bittensor intents read back the same from both SDKs', async () => {
    const run = lastJson<IdentityRun>(
      (await runPython(venvPython, 'sdk_identities.py', [devnet.url, String(netuid)])).stdout,
    );
    expect(run.success).toEqual({
      set_subnet_identity: true,
      update_symbol: true,
      set_identity: true,
      unknown_symbol: false,
    });
    expect(run.unknown_symbol_message).toContain('Symbol does not exist'); // bittensor's text for SymbolDoesNotExist
    const identity = await getSubnetIdentity(client, { netuid });
    expect(identity).toMatchObject({ subnetName: 'digits', githubRepo: 'https://github.com/a/digits' });
    expect(run.subnet_identity).toEqual(
      Object.fromEntries(Object.entries(identity ?? {}).map(([k, v]) => [snake(k), v])),
    );
    const coldkey = await getIdentity(client, { coldkey: run.coldkey });
    expect(coldkey).toMatchObject({ name: 'Alice Labs', url: 'https://alice.example' });
    expect(run.identity).toEqual(
      Object.fromEntries(Object.entries(coldkey ?? {}).map(([k, v]) => [snake(k), v])),
    );
    const subnet = (await getSubnets(client)).find((s) => s.netuid === netuid);
    expect({ name: subnet?.name, symbol: subnet?.symbol }).toEqual({ name: 'digits', symbol: 'ω' });
    expect(run.token_symbol).toBe('ω');
    expect(run.metagraph).toEqual({ name: 'digits', symbol: 'ω' });
  }, 120_000);
  it('behavior: identities and a symbol set by subnetkit read back by bittensor', async () => {
    client.nonces.reset(alice.address); // bittensor signed as //Alice since the client last did
    await setIdentity(client, { signer: alice, identity: { name: 'Alice Two', discord: 'alice#2' } });
    await setSubnetIdentity(client, {
      signer: alice,
      netuid,
      identity: { subnetName: 'digits2', logoUrl: 'https://l.io' },
    });
    await setSubnetSymbol(client, { signer: alice, netuid, symbol: 'ψ' });
    const run = lastJson<IdentityReads>(
      (await runPython(venvPython, 'sdk_identity_reads.py', [devnet.url, String(netuid), alice.address]))
        .stdout,
    );
    const identity = await getIdentity(client, { coldkey: alice.address });
    expect(identity).toMatchObject({ name: 'Alice Two', discord: 'alice#2', url: '' });
    expect(run.identity).toEqual(
      Object.fromEntries(Object.entries(identity ?? {}).map(([k, v]) => [snake(k), v])),
    );
    const subnetIdentity = await getSubnetIdentity(client, { netuid });
    expect(subnetIdentity).toMatchObject({ subnetName: 'digits2', logoUrl: 'https://l.io', githubRepo: '' });
    expect(run.subnet_identity).toEqual(
      Object.fromEntries(Object.entries(subnetIdentity ?? {}).map(([k, v]) => [snake(k), v])),
    );
    // bittensor names only the subnets that published an identity (SubnetIdentitiesV3); the runtime APIs fall back
    // to subtensor's name table (root's `root`).
    expect(run.subnet_names).toEqual({ [String(netuid)]: 'digits2' });
    const subnets = await getSubnets(client);
    expect(run.token_symbols).toEqual(Object.fromEntries(subnets.map((s) => [String(s.netuid), s.symbol])));
    expect(run.token_symbols[String(netuid)]).toBe('ψ');
    expect(run.metagraph).toEqual({ name: 'digits2', symbol: 'ψ' });
  });
  it('behavior: spot and moving prices and TAO flows bittensor reads at a block equal the coinbase’s storage there', async () => {
    // The EMA's weight starts below I96F32's resolution: wait until the moving price has left 0.
    const movingBits = async (at: ApiPromise | ApiDecoration<'promise'>) =>
      BigInt(
        (
          (await at.query.subtensorModule.subnetMovingPrice(netuid)) as unknown as {
            bits: { toString(): string };
          }
        ).bits.toString(),
      );
    while ((await movingBits(client.api)) === 0n) {
      const head = (await client.api.rpc.chain.getHeader()).number.toNumber();
      await waitForBlock(client, { block: head + 1 });
    }
    const run = lastJson<PricesRun>(
      (await runPython(venvPython, 'sdk_prices.py', [devnet.url, String(netuid)])).stdout,
    );
    const api = await client.api.at(await client.api.rpc.chain.getBlockHash(run.block));
    const q = api.query.subtensorModule;
    const rao = async (item: Promise<{ toString(): string }>) => BigInt((await item).toString());
    const [taoIn, alphaIn] = [await rao(q.subnetTAO(netuid)), await rao(q.subnetAlphaIn(netuid))];
    // SwapRuntimeApi.current_alpha_price: tao_in / alpha_in in U96F32, times 1e9, truncated.
    expect(
      Math.abs(run.alpha_price.price_rao - Number((taoIn * 1_000_000_000n) / alphaIn)),
    ).toBeLessThanOrEqual(1);
    expect(run.alpha_prices[String(netuid)]).toBe(run.alpha_price.price_rao / 1e9);
    expect(run.price).toBe(Number(taoIn) / Number(alphaIn));
    // SubnetMovingPrice is I96F32; the EMA has moved off its start and lags the spot price.
    expect(run.moving_price).toBe(Number(await movingBits(api)) / 2 ** 32);
    expect(run.moving_price).toBeGreaterThan(0);
    expect(run.moving_price).not.toBe(run.price);
    // SubnetEmaTaoFlow is (last block, I64F64); bittensor lists every subnet that has one.
    const flows = (await q.subnetEmaTaoFlow.entries()).map(([key, value]) => {
      const [, ema] = value.toJSON() as [number, string | number];
      return [String(key.args[0]?.toString()), Number(BigInt.asIntN(128, BigInt(ema))) / 2 ** 64] as const;
    });
    expect(run.tao_flows).toEqual(Object.fromEntries(flows));
  });
  it('behavior: set_root_claim_type (Keep) and claim_root pay the root dividends as alpha stake', async () => {
    const ferdie = createKeypair({ uri: '//Ferdie' });
    const validator = createKeypair({ uri: '//Ferdie//root' }).address;
    const q = client.api.query.subtensorModule;
    // A root validator with 100 TAO of //Ferdie's stake, and RootClaimable seeded with 1/64 alpha per rao of root stake
    // on the subnet (as test/subtensor/root-claim.test.ts does); automatic claims off so that bittensor's claim pays.
    await submitExtrinsic(client, {
      signer: alice,
      call: (api) => api.tx.sudo.sudo(api.tx.subtensorModule.sudoSetNumRootClaims(0)),
    });
    await rootRegister(client, { signer: ferdie, hotkey: validator });
    await addStake(client, { signer: ferdie, hotkey: validator, netuid: 0, amount: 100n * TAO });
    const rate = new Uint8Array(16);
    rate[3] = 4; // I96F32 bits 2^26 (little-endian i128): 1/64
    const map = u8aToHex(u8aConcat([4, netuid & 0xff, netuid >> 8], rate)); // BTreeMap<NetUid, I96F32>, one entry
    await client.request('dev_setStorage', [[[q.rootClaimable.key(validator), map]]]);
    const head = (await client.api.rpc.chain.getHeader()).number.toNumber();
    await waitForBlock(client, { block: head + 1 });
    const rootStake = await getStake(client, { hotkey: validator, netuid: 0, coldkey: ferdie.address });

    const run = lastJson<RootClaimRun>(
      (await runPython(venvPython, 'sdk_root_claim.py', [devnet.url, String(netuid)])).stdout,
    );
    expect(run.coldkey).toBe(ferdie.address);
    expect((await q.rootClaimType(ferdie.address)).toJSON()).toEqual({ keep: null });
    const paid = BigInt((await q.rootClaimed(netuid, validator, ferdie.address)).toString());
    expect(paid).toBe(rootStake / 64n);
    expect(await getStake(client, { hotkey: validator, netuid, coldkey: ferdie.address })).toBe(paid);
    const threshold = (await q.rootClaimableThreshold(0)) as unknown as { bits: { toString(): string } };
    expect(BigInt(run.threshold)).toBe(BigInt(threshold.bits.toString()) >> 32n);
  });
});
