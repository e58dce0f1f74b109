/**
 * A devnet (instant mode) with a small subnet built through the SDK's actions, for the miner's lifecycle tests:
 * owner (uid 0), a staked validator holding a permit (uid 1) and the miner (uid 2, no stake).
 */
import { type Devnet, startDevnet } from '@subnetkit/chain';
import {
  addStake,
  blocksUntilNextEpoch,
  burnedRegister,
  createKeypair,
  createSubtensorClient,
  type Keypair,
  registerSubnet,
  type SubtensorClient,
  startCall,
  sudoSetHyperparameter,
  transfer,
} from '@subnetkit/sdk';

export const TAO = 1_000_000_000n;
export const alice = createKeypair({ uri: '//Alice' });
export const ownerHot = createKeypair({ uri: '//MinerTestOwner_hk' });
export const validatorHot = createKeypair({ uri: '//MinerTestValidator_hk' });
export const minerHot = createKeypair({ uri: '//MinerTestMiner_hk' });

export interface MinerChain {
  readonly devnet: Devnet;
  readonly client: SubtensorClient;
  readonly netuid: number;
  close(): Promise<void>;
}

/** Builds blocks until the subnet's next epoch has run (permits are handed out there). */
export async function runEpoch(chain: MinerChain): Promise<void> {
  await chain.devnet.newBlock((await blocksUntilNextEpoch(chain.client, { netuid: chain.netuid })) + 1);
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
  const devnet = await startDevnet({ port: 0, mode: 'instant', finalizeDelay: 0 });
  const client = await createSubtensorClient({ url: devnet.url, deadlineMs: 20_000, reconnectDelayMs: 100 });
  const { netuid } = await registerSubnet(client, { signer: alice, hotkey: ownerHot.address });
  const sudo = (name: string, value: number | boolean) =>
    sudoSetHyperparameter(client, { signer: alice, netuid, name, value });
  await sudo('commit_reveal_weights_enabled', false);
  await sudo('max_registrations_per_block', 100);
  await sudo('serving_rate_limit', 0);
  await sudo('tempo', 10);
  await startCall(client, { signer: alice, netuid });
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
  await runEpoch(chain);
  await sudo('tempo', 1000);
  return chain;
}
