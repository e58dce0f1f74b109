/** Creates the chaos subnet on a fresh devnet: 2 staked validators, 6 miners serving the given axon ports. */
import {
  addStake,
  burnedRegister,
  createKeypair,
  createSigner,
  registerSubnet,
  type Signer,
  type SubtensorClient,
  serveAxon,
  startCall,
  sudoSetHyperparameter,
  transfer,
} from '@subnetkit/sdk';
import { OWNER_HOTKEY_URI } from './chaos-subnet.js';

const TAO = 1_000_000_000n;
const signerOf = (uri: string): Signer => createSigner(createKeypair({ uri }));

/** What {@link registerChaosSubnet} sets up. */
export type RegisterChaosSubnetParameters = {
  readonly tempo: number;
  readonly validators: readonly Signer[];
  /** Each miner's hotkey and the port its axon is served at on chain (a delay proxy's port for proxied miners). */
  readonly miners: ReadonlyArray<{ readonly signer: Signer; readonly servedPort: number }>;
  readonly axonHost: string;
};

/**
 * //Alice registers the subnet (owner hotkey `OWNER_HOTKEY_URI`) with no weights rate limit and commit-reveal on (CR-v4, subtensor's default),
 * starts emission, funds every hotkey, burn-registers the validators (coldkeys //Bob, //Charlie; 1,000 TAO stake
 * each) and the miners (coldkey //Dave), and serves each miner's axon. Resolves to the netuid.
 */
export async function registerChaosSubnet(
  client: SubtensorClient,
  parameters: RegisterChaosSubnetParameters,
): Promise<number> {
  const alice = signerOf('//Alice');
  const { netuid } = await registerSubnet(client, {
    signer: alice,
    hotkey: signerOf(OWNER_HOTKEY_URI).address,
  });
  const hyperparameters: ReadonlyArray<readonly [string, number | boolean]> = [
    ['tempo', parameters.tempo],
    ['weights_set_rate_limit', 0],
    ['max_registrations_per_block', 100],
    ['target_registrations_per_interval', 100],
  ];
  for (const [name, value] of hyperparameters) {
    await sudoSetHyperparameter(client, { signer: alice, netuid, name, value });
  }
  await startCall(client, { signer: alice, netuid });
  for (const hotkey of [...parameters.validators, ...parameters.miners.map((m) => m.signer)]) {
    await transfer(client, { signer: alice, to: hotkey.address, amount: TAO });
  }
  const validatorsReady = Promise.all(
    parameters.validators.map(async (hotkey, i) => {
      const coldkey = signerOf(i === 0 ? '//Bob' : '//Charlie');
      await burnedRegister(client, { signer: coldkey, netuid, hotkey: hotkey.address });
      await addStake(client, { signer: coldkey, netuid, hotkey: hotkey.address, amount: 1_000n * TAO });
    }),
  );
  const minersReady = (async () => {
    const dave = signerOf('//Dave');
    for (const { signer } of parameters.miners) {
      await burnedRegister(client, { signer: dave, netuid, hotkey: signer.address });
    }
  })();
  await Promise.all([validatorsReady, minersReady]);
  await Promise.all(
    parameters.miners.map(({ signer, servedPort }) =>
      serveAxon(client, { signer, netuid, ip: parameters.axonHost, port: servedPort }),
    ),
  );
  return netuid;
}
