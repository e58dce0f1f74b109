/**
 * Shared by the tests that build their subnet with the SDK's own actions (sdk-client, dashboard, miner): a devnet in
 * instant mode with a client, a subnet created and started by //Alice, and running an epoch.
 */
import { type Devnet, type DevnetOptions, startDevnet } from '@subnetkit/chain';
import {
  blocksUntilNextEpoch,
  createKeypair,
  createSubtensorClient,
  type Keypair,
  registerSubnet,
  type SubtensorClient,
  startCall,
  sudoSetHyperparameter,
} from '@subnetkit/sdk';

export const TAO = 1_000_000_000n;
/** The devnet's sudo key and richest account: it creates the subnets and pays for the test setup. */
export const alice = createKeypair({ uri: '//Alice' });

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

/** Sets one hyperparameter of `netuid` as //Alice (the devnet's sudo key). */
export async function sudoSet(
  client: SubtensorClient,
  netuid: number,
  name: string,
  value: number | boolean,
): Promise<void> {
  await sudoSetHyperparameter(client, { signer: alice, netuid, name, value });
}

/**
 * Registers a subnet owned by //Alice with `ownerHot` as owner hotkey, sets `hyperparameters` in their order and
 * calls `start_call`; resolves to the netuid.
 */
export async function startAliceSubnet(
  client: SubtensorClient,
  ownerHot: Keypair,
  hyperparameters: Record<string, number | boolean>,
): Promise<number> {
  const { netuid } = await registerSubnet(client, { signer: alice, hotkey: ownerHot.address });
  for (const [name, value] of Object.entries(hyperparameters)) await sudoSet(client, netuid, name, value);
  await startCall(client, { signer: alice, netuid });
  return netuid;
}
