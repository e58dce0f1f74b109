/**
 * Shared setup of the chain-client tests: a devnet in instant mode (one per test file), a client, and a small
 * subnet built with the SDK's own actions — owner (uid 0), a staked validator (uid 1) and a miner (uid 2), after one
 * epoch so the validator holds a permit and the miner does not.
 */
import { type Devnet, type DevnetOptions, startDevnet } from '@subnetkit/chain';
import {
  addStake,
  blocksUntilNextEpoch,
  burnedRegister,
  createKeypair,
  createSubtensorClient,
  registerSubnet,
  type SubtensorClient,
  startCall,
  sudoSetHyperparameter,
  transfer,
} from '@subnetkit/sdk';

export const TAO = 1_000_000_000n;
export const TEMPO = 10;
export const alice = createKeypair({ uri: '//Alice' });
export const bob = createKeypair({ uri: '//Bob' });
export const charlie = createKeypair({ uri: '//Charlie' });
export const ownerHot = createKeypair({ uri: '//SkOwner_hk' });
export const validatorHot = createKeypair({ uri: '//SkValidator_hk' });
export const minerHot = createKeypair({ uri: '//SkMiner_hk' });

/** A devnet on a free port and a client with short deadlines and quick reconnects. */
export async function startClientDevnet(
  options: DevnetOptions = {},
): Promise<{ devnet: Devnet; client: SubtensorClient }> {
  const devnet = await startDevnet({ port: 0, mode: 'instant', finalizeDelay: 0, ...options });
  const client = await createSubtensorClient({ url: devnet.url, deadlineMs: 20_000, reconnectDelayMs: 100 });
  return { devnet, client };
}

/** Builds blocks until the subnet's next epoch has run. */
export async function runEpoch(devnet: Devnet, client: SubtensorClient, netuid: number): Promise<void> {
  await devnet.newBlock((await blocksUntilNextEpoch(client, { netuid })) + 1);
}

/** Registers the subnet described above and returns its netuid. */
export async function buildSubnet(devnet: Devnet, client: SubtensorClient): Promise<number> {
  const { netuid } = await registerSubnet(client, { signer: alice, hotkey: ownerHot.address });
  const sudo = (name: string, value: number | boolean) =>
    sudoSetHyperparameter(client, { signer: alice, netuid, name, value });
  await sudo('commit_reveal_weights_enabled', false);
  await sudo('weights_set_rate_limit', 0);
  await sudo('max_registrations_per_block', 100);
  await sudo('tempo', TEMPO);
  await startCall(client, { signer: alice, netuid });
  await burnedRegister(client, { signer: bob, netuid, hotkey: validatorHot.address });
  await addStake(client, { signer: bob, hotkey: validatorHot.address, netuid, amount: 100n * TAO });
  await burnedRegister(client, { signer: charlie, netuid, hotkey: minerHot.address });
  // Hotkeys need a balance to sign (the devnet, like Substrate, refuses accounts without a provider).
  await Promise.all(
    [validatorHot, minerHot].map((hk) => transfer(client, { signer: alice, to: hk.address, amount: TAO })),
  );
  await runEpoch(devnet, client, netuid);
  // A long tempo keeps the permits for the rest of the file.
  await sudo('tempo', 1000);
  return netuid;
}
