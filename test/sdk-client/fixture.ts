/**
 * Shared setup of the chain-client tests: a devnet in instant mode (one per test file), a client, and a small
 * subnet built with the SDK's own actions — owner (uid 0), a staked validator (uid 1) and a miner (uid 2), after one
 * epoch so the validator holds a permit and the miner does not.
 */
import type { Devnet } from '@subnetkit/chain';
import { addStake, burnedRegister, createKeypair, type SubtensorClient, transfer } from '@subnetkit/sdk';
import { alice, runEpoch, startAliceSubnet, sudoSet, TAO } from '../support/sdk-subnet.js';

export { alice, runEpoch, startClientDevnet, TAO } from '../support/sdk-subnet.js';
export const TEMPO = 10;
export const bob = createKeypair({ uri: '//Bob' });
export const charlie = createKeypair({ uri: '//Charlie' });
export const ownerHot = createKeypair({ uri: '//SkOwner_hk' });
export const validatorHot = createKeypair({ uri: '//SkValidator_hk' });
export const minerHot = createKeypair({ uri: '//SkMiner_hk' });

/** Registers the subnet described above and returns its netuid. */
export async function buildSubnet(devnet: Devnet, client: SubtensorClient): Promise<number> {
  const netuid = await startAliceSubnet(client, ownerHot, {
    commit_reveal_weights_enabled: false,
    weights_set_rate_limit: 0,
    max_registrations_per_block: 100,
    tempo: TEMPO,
  });
  await burnedRegister(client, { signer: bob, netuid, hotkey: validatorHot.address });
  await addStake(client, { signer: bob, hotkey: validatorHot.address, netuid, amount: 100n * TAO });
  await burnedRegister(client, { signer: charlie, netuid, hotkey: minerHot.address });
  // Hotkeys need a balance to sign (the devnet, like Substrate, refuses accounts without a provider).
  await Promise.all(
    [validatorHot, minerHot].map((hk) => transfer(client, { signer: alice, to: hk.address, amount: TAO })),
  );
  await runEpoch(devnet, client, netuid);
  // A long tempo keeps the permits for the rest of the file.
  await sudoSet(client, netuid, 'tempo', 1000);
  return netuid;
}
