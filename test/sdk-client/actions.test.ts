/**
 * Every client action against a real devnet over WebSocket, on a subnet the fixture builds with the actions
 * themselves (registerSubnet, sudoSetHyperparameter, startCall, burnedRegister, addStake, transfer).
 */
import type { Devnet } from '@subnetkit/chain';
import {
  addStake,
  BaseError,
  blocksUntilNextEpoch,
  burnedRegister,
  ChainCallError,
  commitWeights,
  createKeypair,
  createSigner,
  getBalance,
  getBlock,
  getBurnCost,
  getHyperparameters,
  getLockCost,
  getNeuron,
  getStake,
  getSubnets,
  getUid,
  getWeightsVersionKey,
  isHotkeyRegistered,
  registerSubnet,
  removeStake,
  revealWeights,
  type SubtensorClient,
  serveAxon,
  sudoSetHyperparameter,
  transfer,
  waitForBlock,
} from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alice,
  bob,
  buildSubnet,
  charlie,
  minerHot,
  ownerHot,
  runEpoch,
  startClientDevnet,
  TAO,
  validatorHot,
} from './fixture.js';

let devnet: Devnet;
let client: SubtensorClient;
let netuid: number;

beforeAll(async () => {
  ({ devnet, client } = await startClientDevnet());
  netuid = await buildSubnet(devnet, client);
});
afterAll(async () => {
  await client?.disconnect();
  await devnet?.close();
});

describe('reads', () => {
  it('default: getBlock reads the best block, and a block by number or hash', async () => {
    const head = await getBlock(client);
    expect(head.number).toBeGreaterThan(10);
    const byNumber = await getBlock(client, { number: head.number - 1 });
    expect(byNumber.hash).toBe(head.parentHash);
    expect(await getBlock(client, { hash: byNumber.hash })).toEqual(byNumber);
    expect((await getBlock(client, { number: 0 })).parentHash).toMatch(/^0x0{64}$/);
  });

  it('default: getSubnets lists root and the new subnet with its owner, size and tempo', async () => {
    const subnets = await getSubnets(client);
    expect(subnets.map((s) => s.netuid)).toEqual([0, netuid]);
    expect(subnets[1]).toMatchObject({
      netuid,
      owner: alice.address,
      ownerHotkey: ownerHot.address,
      n: 3,
      tempo: 1000,
    });
    expect(subnets[1]!.firstEmissionBlock).toBeGreaterThan(0);
    expect(subnets[1]!.burn).toBe(await getBurnCost(client, { netuid }));
  });

  it('default: getUid and isHotkeyRegistered', async () => {
    expect(await getUid(client, { netuid, hotkey: ownerHot.address })).toBe(0);
    expect(await getUid(client, { netuid, hotkey: validatorHot.address })).toBe(1);
    expect(await getUid(client, { netuid, hotkey: bob.address })).toBeUndefined();
    expect(await isHotkeyRegistered(client, { netuid, hotkey: minerHot.address })).toBe(true);
    expect(await isHotkeyRegistered(client, { netuid, hotkey: bob.address })).toBe(false);
  });

  it('default: getHyperparameters follows sudoSetHyperparameter; unknown subnets are SDK_SUBNET_NOT_FOUND', async () => {
    await sudoSetHyperparameter(client, { signer: alice, netuid, name: 'immunity_period', value: 4321 });
    const hp = await getHyperparameters(client, { netuid });
    expect(hp).toMatchObject({
      immunityPeriod: 4321,
      tempo: 1000,
      weightsRateLimit: 0n,
      commitRevealWeightsEnabled: false,
      maxRegsPerBlock: 100,
    });
    expect(Object.keys(hp)).toHaveLength(33);
    await expect(getHyperparameters(client, { netuid: 99 })).rejects.toMatchObject({
      code: 'SDK_SUBNET_NOT_FOUND',
    });
    await expect(getBurnCost(client, { netuid: 99 })).rejects.toMatchObject({ code: 'SDK_SUBNET_NOT_FOUND' });
  });

  it('default: getWeightsVersionKey', async () => {
    expect(await getWeightsVersionKey(client, { netuid })).toBe(0n);
    await sudoSetHyperparameter(client, { signer: alice, netuid, name: 'weights_version_key', value: 7 });
    expect(await getWeightsVersionKey(client, { netuid })).toBe(7n);
    await sudoSetHyperparameter(client, { signer: alice, netuid, name: 'weights_version_key', value: 0 });
  });

  it('default: getNeuron by uid and by hotkey; undefined for nobody', async () => {
    const byUid = await getNeuron(client, { netuid, uid: 1 });
    expect(byUid).toMatchObject({ uid: 1, netuid, hotkey: validatorHot.address, coldkey: bob.address });
    expect(byUid?.validatorPermit).toBe(true);
    expect(byUid?.totalStake).toBe(await getStake(client, { hotkey: validatorHot.address, netuid }));
    expect(await getNeuron(client, { netuid, hotkey: minerHot.address })).toMatchObject({
      uid: 2,
      validatorPermit: false,
    });
    expect(await getNeuron(client, { netuid, uid: 40 })).toBeUndefined();
    expect(await getNeuron(client, { netuid, hotkey: bob.address })).toBeUndefined();
  });

  it('default: blocksUntilNextEpoch counts down to the block the epoch runs in', async () => {
    await sudoSetHyperparameter(client, { signer: alice, netuid, name: 'tempo', value: 20 });
    const blocks = await blocksUntilNextEpoch(client, { netuid });
    expect(blocks).toBe(20);
    await devnet.newBlock(5);
    expect(await blocksUntilNextEpoch(client, { netuid })).toBe(15);
    const before = await getNeuron(client, { netuid, uid: 1 });
    await runEpoch(devnet, client, netuid);
    // The epoch ran: emission was paid out, and the countdown restarted.
    expect((await getNeuron(client, { netuid, uid: 1 }))?.emission).not.toBe(before?.emission);
    expect(await blocksUntilNextEpoch(client, { netuid })).toBe(19);
    await sudoSetHyperparameter(client, { signer: alice, netuid, name: 'tempo', value: 1000 });
  });

  it('behavior: waitForBlock resolves when the chain reaches the block, not before', async () => {
    const { number } = await getBlock(client);
    let reached: number | undefined;
    const waiting = waitForBlock(client, { block: number + 3 }).then((n) => {
      reached = n;
    });
    await devnet.newBlock(2);
    await getBlock(client);
    expect(reached).toBeUndefined();
    await devnet.newBlock(1);
    await waiting;
    expect(reached).toBe(number + 3);
    expect(await waitForBlock(client, { block: 1 })).toBe(number + 3);
  });

  it('error: waitForBlock rejects at its deadline', async () => {
    const { number } = await getBlock(client);
    await expect(waitForBlock(client, { block: number + 100, deadlineMs: 200 })).rejects.toMatchObject({
      code: 'SDK_DEADLINE_EXCEEDED',
    });
  });
});

describe('submissions', () => {
  it('default: transfer moves rao and getBalance shows it', async () => {
    const dave = createKeypair({ uri: '//SkDave' });
    await transfer(client, { signer: alice, to: dave.address, amount: 3n * TAO });
    expect((await getBalance(client, { address: dave.address })).free).toBe(3n * TAO);
    await transfer(client, { signer: dave, to: alice.address, amount: TAO, keepAlive: false });
    const { free, reserved } = await getBalance(client, { address: dave.address });
    expect(free).toBeLessThan(2n * TAO);
    expect(free).toBeGreaterThan(2n * TAO - TAO / 100n);
    expect(reserved).toBe(0n);
  });

  it('default: addStake buys alpha, getStake shows it per coldkey, removeStake sells it for TAO', async () => {
    const totalBefore = await getStake(client, { hotkey: validatorHot.address, netuid });
    const { alpha } = await addStake(client, {
      signer: charlie,
      hotkey: validatorHot.address,
      netuid,
      amount: 10n * TAO,
    });
    expect(alpha).toBeGreaterThan(0n);
    const mine = await getStake(client, { hotkey: validatorHot.address, netuid, coldkey: charlie.address });
    expect(mine).toBeGreaterThanOrEqual(alpha - 1n);
    expect(mine).toBeLessThanOrEqual(alpha);
    expect(await getStake(client, { hotkey: validatorHot.address, netuid })).toBe(totalBefore + alpha);
    const balanceBefore = (await getBalance(client, { address: charlie.address })).free;
    const { tao } = await removeStake(client, {
      signer: charlie,
      hotkey: validatorHot.address,
      netuid,
      amount: mine,
    });
    expect(tao).toBeGreaterThan(0n);
    const after = (await getBalance(client, { address: charlie.address })).free;
    expect(after).toBeLessThanOrEqual(balanceBefore + tao);
    expect(after).toBeGreaterThan(balanceBefore + tao - TAO / 100n); // less the fee
    expect(await getStake(client, { hotkey: validatorHot.address, netuid, coldkey: charlie.address })).toBe(
      0n,
    );
  });

  it('default: burnedRegister returns the uid and pays the burn; maxCost below the burn refuses before sending', async () => {
    const hotkey = createKeypair({ uri: '//SkMiner2_hk' }).address;
    const cost = await getBurnCost(client, { netuid });
    const before = (await getBalance(client, { address: bob.address })).free;
    await expect(
      burnedRegister(client, { signer: bob, netuid, hotkey, maxCost: cost - 1n }),
    ).rejects.toMatchObject({ code: 'SDK_MAX_COST_EXCEEDED' });
    expect((await getBalance(client, { address: bob.address })).free).toBe(before);
    const { uid, cost: paid } = await burnedRegister(client, { signer: bob, netuid, hotkey, maxCost: cost });
    expect(uid).toBe(3);
    expect(paid).toBe(cost);
    expect(await getUid(client, { netuid, hotkey })).toBe(3);
    // The burn decays every block, so the one charged is at most the one read.
    expect((await getBalance(client, { address: bob.address })).free).toBeLessThan(before - cost / 2n);
  });

  it('error: registering a registered hotkey is a ChainCallError under its subtensor name', async () => {
    const error = await burnedRegister(client, { signer: bob, netuid, hotkey: minerHot.address }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ChainCallError);
    expect(error).toMatchObject({ pallet: 'SubtensorModule', name: 'HotKeyAlreadyRegisteredInSubNet' });
  });

  it('default: registerSubnet returns the new netuid; maxCost below the lock refuses', async () => {
    const lock = await getLockCost(client);
    expect(lock).toBeGreaterThan(0n);
    await expect(
      registerSubnet(client, {
        signer: bob,
        hotkey: createKeypair({ uri: '//SkOwner2_hk' }).address,
        maxCost: lock - 1n,
      }),
    ).rejects.toMatchObject({ code: 'SDK_MAX_COST_EXCEEDED' });
    await sudoSetHyperparameter(client, { signer: alice, name: 'network_rate_limit', value: 0 });
    const { netuid: second, lockCost } = await registerSubnet(client, {
      signer: bob,
      hotkey: createKeypair({ uri: '//SkOwner2_hk' }).address,
      maxCost: lock,
    });
    expect(second).toBe(netuid + 1);
    expect(lockCost).toBeLessThanOrEqual(lock); // the lock cost decays every block
    expect((await getSubnets(client)).map((s) => s.netuid)).toContain(second);
  });

  it('default: serveAxon stores the address getNeuron reads back (IPv4 and IPv6)', async () => {
    await serveAxon(client, {
      signer: createSigner(minerHot),
      netuid,
      ip: '203.0.113.7',
      port: 8091,
      version: 901,
    });
    expect((await getNeuron(client, { netuid, uid: 2 }))?.axon).toMatchObject({
      ip: '203.0.113.7',
      port: 8091,
      ipType: 4,
      protocol: 4,
      version: 901,
    });
    await sudoSetHyperparameter(client, { signer: alice, netuid, name: 'serving_rate_limit', value: 0 });
    await serveAxon(client, { signer: minerHot, netuid, ip: '2001:db8::7', port: 443 });
    expect((await getNeuron(client, { netuid, uid: 2 }))?.axon).toMatchObject({
      ip: '2001:db8:0:0:0:0:0:7',
      port: 443,
      ipType: 6,
    });
  });

  it('default: commitWeights then revealWeights in the reveal epoch sets the committed weights', async () => {
    const sudo = (name: string, value: number | boolean) =>
      sudoSetHyperparameter(client, { signer: alice, netuid, name, value });
    await sudo('commit_reveal_weights_enabled', true);
    await sudo('tempo', 5);
    const commit = await commitWeights(client, {
      signer: validatorHot,
      netuid,
      uids: [2, 3],
      weights: [0.25, 1],
    });
    expect(commit.hash).toMatch(/^0x[0-9a-f]{64}$/);
    expect(commit.values).toEqual([16384, 65535]);
    expect(commit.salt).toHaveLength(8);
    expect(commit.events.some((e) => e.name === 'WeightsCommitted')).toBe(true);
    await runEpoch(devnet, client, netuid);
    const revealed = await revealWeights(client, {
      signer: validatorHot,
      netuid,
      uids: commit.uids,
      weights: commit.values,
      salt: commit.salt,
    });
    expect(revealed.events.some((e) => e.name === 'WeightsRevealed')).toBe(true);
    expect((await getNeuron(client, { netuid, uid: 1 }))?.weights).toEqual([
      [2, 16384],
      [3, 65535],
    ]);
    await sudo('commit_reveal_weights_enabled', false);
    await sudo('tempo', 1000);
  });

  it('error: a wrong salt is InvalidRevealCommitHashNotMatch', async () => {
    await sudoSetHyperparameter(client, {
      signer: alice,
      netuid,
      name: 'commit_reveal_weights_enabled',
      value: true,
    });
    const commit = await commitWeights(client, {
      signer: validatorHot,
      netuid,
      uids: [2],
      weights: [1],
      salt: [1, 2],
    });
    await sudoSetHyperparameter(client, { signer: alice, netuid, name: 'tempo', value: 5 });
    await runEpoch(devnet, client, netuid);
    const error = await revealWeights(client, {
      signer: validatorHot,
      netuid,
      uids: commit.uids,
      weights: commit.values,
      salt: [1, 3],
    }).catch((e) => e);
    expect(error).toMatchObject({ code: 'SDK_CHAIN_CALL_FAILED', name: 'InvalidRevealCommitHashNotMatch' });
    await sudoSetHyperparameter(client, {
      signer: alice,
      netuid,
      name: 'commit_reveal_weights_enabled',
      value: false,
    });
    await sudoSetHyperparameter(client, { signer: alice, netuid, name: 'tempo', value: 1000 });
  });

  it('behavior: sudoSetHyperparameter signs as the owner without sudo, and reports the inner error of a sudo call', async () => {
    // The owner (//Alice here is also sudo) may set owner-level parameters directly.
    await sudoSetHyperparameter(client, {
      signer: alice,
      netuid,
      name: 'min_allowed_weights',
      value: 1,
      sudo: false,
    });
    const error = await sudoSetHyperparameter(client, {
      signer: alice,
      netuid: 99,
      name: 'tempo',
      value: 5,
    }).catch((e) => e);
    expect(error).toMatchObject({ pallet: 'AdminUtils', name: 'SubnetDoesNotExist' });
    const notOwner = await sudoSetHyperparameter(client, {
      signer: bob,
      netuid,
      name: 'min_allowed_weights',
      value: 1,
    }).catch((e) => e);
    expect(notOwner).toBeInstanceOf(ChainCallError);
    expect((notOwner as ChainCallError).name).toBe('BadOrigin');
    await expect(
      sudoSetHyperparameter(client, { signer: alice, netuid, name: 'no_such_thing', value: 1 }),
    ).rejects.toMatchObject({ code: 'SDK_INVALID_ARGUMENT' });
    await expect(
      sudoSetHyperparameter(client, { signer: alice, netuid, name: 'tempo', value: [1, 2] }),
    ).rejects.toBeInstanceOf(BaseError);
  });
});
