/**
 * A small subnet built with the SDK's own actions on an instant-mode devnet, for the dashboard's API tests: the
 * owner (uid 0), a staked validator (uid 1) that weights two miners (uids 2, 3) 1:3, after two epochs, so stake,
 * incentive, dividends, emission and weights are all non-zero. Its token symbol is set to a hostile string.
 */
import type { Devnet } from '@subnetkit/chain';
import {
  addStake,
  burnedRegister,
  createKeypair,
  type SubtensorClient,
  setWeights,
  transfer,
} from '@subnetkit/sdk';
import { alice, runEpoch, startAliceSubnet, startClientDevnet, TAO } from '../support/sdk-subnet.js';

export { runEpoch } from '../support/sdk-subnet.js';

const ownerHot = createKeypair({ uri: '//DashOwner_hk' });
const validatorCold = createKeypair({ uri: '//Bob' });
const validatorHot = createKeypair({ uri: '//DashValidator_hk' });
const minerCold = createKeypair({ uri: '//Charlie' });
const minerHots = [createKeypair({ uri: '//DashMinerA_hk' }), createKeypair({ uri: '//DashMinerB_hk' })];

/** What a chain could put in a subnet's name or symbol to attack a page that writes it as HTML. */
export const HOSTILE_TEXT = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>&amp;"'`;

export type DashboardSubnet = { devnet: Devnet; client: SubtensorClient; netuid: number };

/** Writes the subnet's `TokenSymbol` (the metagraph's `symbol`) through `dev_setStorage`; a new block applies it. */
export async function setTokenSymbol(client: SubtensorClient, netuid: number, text: string): Promise<void> {
  const { api } = client;
  const key = api.query.subtensorModule.tokenSymbol.key(netuid);
  // SCALE `Vec<u8>` (length prefix + bytes); `toHex()` of a `Vec<u8>` would leave the prefix out.
  const encoded = api.createType('Vec<u8>', [...new TextEncoder().encode(text)]).toU8a();
  const value = `0x${Buffer.from(encoded).toString('hex')}`;
  const provider = (
    api as unknown as { _rpcCore: { provider: { send(m: string, p: unknown[]): Promise<unknown> } } }
  )._rpcCore.provider;
  await provider.send('dev_setStorage', [[[key, value]]]);
}

/** Starts the devnet and builds the subnet described above. */
export async function startDashboardSubnet(): Promise<DashboardSubnet> {
  const { devnet, client } = await startClientDevnet();
  const netuid = await startAliceSubnet(client, ownerHot, {
    commit_reveal_weights_enabled: false,
    weights_set_rate_limit: 0,
    max_registrations_per_block: 100,
    tempo: 5,
  });
  await burnedRegister(client, { signer: validatorCold, netuid, hotkey: validatorHot.address });
  await addStake(client, { signer: validatorCold, hotkey: validatorHot.address, netuid, amount: 100n * TAO });
  for (const hotkey of minerHots)
    await burnedRegister(client, { signer: minerCold, netuid, hotkey: hotkey.address });
  // Hotkeys need a balance to sign.
  await transfer(client, { signer: alice, to: validatorHot.address, amount: TAO });
  await runEpoch(devnet, client, netuid); // the validator gets its permit
  const weights = await setWeights(client, { signer: validatorHot, netuid, uids: [2, 3], weights: [1, 3] });
  if (weights.kind !== 'ok') throw new Error(`setWeights: ${weights.kind}`);
  await runEpoch(devnet, client, netuid); // incentive, dividends and emission from those weights
  await setTokenSymbol(client, netuid, HOSTILE_TEXT);
  return { devnet, client, netuid };
}
