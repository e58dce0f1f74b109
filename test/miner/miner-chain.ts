/**
 * A devnet (instant mode) with a small subnet built through the SDK's actions, for the miner's lifecycle tests:
 * owner (uid 0), a staked validator holding a permit (uid 1) and the miner (uid 2, no stake).
 */
import type { Devnet } from '@subnetkit/chain';
import {
  addStake,
  burnedRegister,
  createKeypair,
  type Keypair,
  type SubtensorClient,
  transfer,
} from '@subnetkit/sdk';
import { alice, runEpoch, startAliceSubnet, startClientDevnet, sudoSet, TAO } from '../support/sdk-subnet.js';

export { runEpoch } from '../support/sdk-subnet.js';
export const ownerHot = createKeypair({ uri: '//MinerTestOwner_hk' });
export const validatorHot = createKeypair({ uri: '//MinerTestValidator_hk' });
export const minerHot = createKeypair({ uri: '//MinerTestMiner_hk' });

export interface MinerChain {
  readonly devnet: Devnet;
  readonly client: SubtensorClient;
  readonly netuid: number;
  close(): Promise<void>;
}

/** Registers `hotkey` (paid by Alice), stakes `stake` TAO on it and funds it so it can sign. */
export async function registerStaked(chain: MinerChain, hotkey: Keypair, stake: bigint): Promise<void> {
  const { client, netuid } = chain;
  await burnedRegister(client, { signer: alice, netuid, hotkey: hotkey.address });
  if (stake > 0n)
    await addStake(client, { signer: alice, hotkey: hotkey.address, netuid, amount: stake * TAO });
  await transfer(client, { signer: alice, to: hotkey.address, amount: TAO });
}

/** Starts the devnet and the subnet; the validator holds a permit after one epoch, then the tempo is long. */
export async function startMinerChain(): Promise<MinerChain> {
  const { devnet, client } = await startClientDevnet();
  const netuid = await startAliceSubnet(client, ownerHot, {
    commit_reveal_weights_enabled: false,
    max_registrations_per_block: 100,
    serving_rate_limit: 0,
    tempo: 10,
  });
  const chain: MinerChain = {
    devnet,
    client,
    netuid,
    close: async () => {
      await client.disconnect();
      await devnet.close();
    },
  };
  await registerStaked(chain, validatorHot, 100n);
  await registerStaked(chain, minerHot, 0n);
  await runEpoch(devnet, client, netuid); // permits are handed out there
  await sudoSet(client, netuid, 'tempo', 1000);
  return chain;
}
