/**
 * A small subnet on a fresh devnet for the metagraph tests: owner (uid 0), a staked validator and two miners
 * (one serving an axon), the validator's weights set after the first epoch handed out permits, and a second
 * epoch run so incentive, dividends, consensus, trust, emission and bonds are non-zero.
 */
import type { ApiPromise } from '@polkadot/api';
import type { Devnet } from '@subnetkit/chain';
import {
  advanceTo,
  alice,
  big,
  blockNumber,
  createSubnet,
  fund,
  keyring,
  ok,
  TAO,
} from '../subtensor/helpers.js';

export const TEMPO = 10;
export const ownerHot = keyring.addFromUri('//MgOwner_hk');
export const validatorCold = keyring.addFromUri('//Bob');
export const validatorHot = keyring.addFromUri('//MgValidator');
export const minerCold = keyring.addFromUri('//Charlie');
export const minerHots = [keyring.addFromUri('//MgMiner1'), keyring.addFromUri('//MgMiner2')];
export const AXON = { ip: 3_232_235_777n, ipText: '192.168.1.1', port: 8091, version: 9_001, protocol: 4 };

export type SubnetFixture = {
  netuid: number;
  /** A block before the second miner registered (n was 3 there). */
  blockBeforeSecondMiner: number;
  /** The block of the second epoch (after weights were set). */
  epochBlock: number;
};

/** Builds the subnet described above; about 30 instant blocks. */
export async function buildSubnet(devnet: Devnet, api: ApiPromise): Promise<SubnetFixture> {
  const tx = api.tx.subtensorModule;
  const q = api.query.subtensorModule;
  const netuid = await createSubnet(api, alice, ownerHot, { tempo: TEMPO });
  await fund(api, validatorHot, ...minerHots);
  await ok(api, tx.burnedRegister(netuid, validatorHot.address), validatorCold);
  await ok(api, tx.addStake(validatorHot.address, netuid, 100n * TAO), validatorCold);
  await ok(api, tx.burnedRegister(netuid, minerHots[0]!.address), minerCold);
  const blockBeforeSecondMiner = await blockNumber(api);
  await ok(api, tx.burnedRegister(netuid, minerHots[1]!.address), minerCold);
  await ok(
    api,
    tx.serveAxon(netuid, AXON.version, AXON.ip, AXON.port, 4, AXON.protocol, 0, 0),
    minerHots[0]!,
  );
  const nextEpoch = async () => Number(big(await q.lastEpochBlock(netuid))) + TEMPO;
  await advanceTo(devnet, api, await nextEpoch());
  await ok(api, tx.setWeights(netuid, [2, 3], [40_000, 20_000], 0), validatorHot);
  const epochBlock = await nextEpoch();
  await advanceTo(devnet, api, epochBlock);
  return { netuid, blockBeforeSecondMiner, epochBlock };
}
