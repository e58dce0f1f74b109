import {
  addStake,
  burnedRegister,
  registerSubnet,
  type SubtensorClient,
  startCall,
  sudoSetHyperparameter,
  transfer,
} from '@subnetkit/sdk';
import type { DemoKeys } from './demo-keys.js';

const TAO = 1_000_000_000n;

/** What {@link registerDemoSubnet} sets up besides the keys. */
export type RegisterDemoSubnetParameters = {
  readonly keys: DemoKeys;
  /** Blocks between epochs. */
  readonly tempo: number;
  /** Stake each validator adds (rao). */
  readonly validatorStake: bigint;
  /** Called before each stage, for progress output. */
  readonly onStage?: (stage: string) => void;
};

/**
 * Settings that make the subnet react within a few blocks instead of hours: no rate limits. Commit-reveal stays on,
 * subtensor's default: validators commit CR-v4 and the devnet reveals their weights one epoch later.
 */
function demoHyperparameters(tempo: number): ReadonlyArray<readonly [string, number | boolean]> {
  return [
    ['tempo', tempo],
    ['weights_set_rate_limit', 0],
    ['max_registrations_per_block', 100],
    ['target_registrations_per_interval', 100],
  ];
}

/**
 * Creates the demo subnet on a fresh devnet, in the order a real owner would: //Alice registers the subnet, named `digits` (owner
 * hotkey //Alice//owner), sets fast-demo hyperparameters and calls start_call; every hotkey gets 1 TAO for its own
 * extrinsics (serve_axon, set_weights); each coldkey burn-registers its hotkeys; the validators' coldkeys stake
 * `validatorStake` on their hotkeys so the epoch gives them validator permits. Resolves to the netuid.
 *
 * @example
 * const netuid = await registerDemoSubnet(client, { keys: demoKeys(), tempo: 10, validatorStake: 1_000n * TAO });
 */
export async function registerDemoSubnet(
  client: SubtensorClient,
  parameters: RegisterDemoSubnetParameters,
): Promise<number> {
  const { keys, tempo, validatorStake, onStage } = parameters;
  const { sudo } = keys;
  onStage?.('creating the subnet');
  const { netuid } = await registerSubnet(client, {
    signer: keys.owner.coldkey,
    hotkey: keys.owner.hotkey.address,
    identity: { subnetName: 'digits', description: 'handwritten digit classification (the subnetkit demo)' },
  });
  // Concurrent submissions from one key get consecutive nonces, so //Alice's calls go out together.
  await Promise.all([
    ...demoHyperparameters(tempo).map(([name, value]) =>
      sudoSetHyperparameter(client, { signer: sudo, netuid, name, value }),
    ),
    startCall(client, { signer: keys.owner.coldkey, netuid }),
  ]);

  onStage?.('funding hotkeys');
  await Promise.all(
    [...keys.validators, ...keys.miners].map(({ hotkey }) =>
      transfer(client, { signer: sudo, to: hotkey.address, amount: TAO }),
    ),
  );

  onStage?.('registering validators and miners');
  // A validator stakes once it is registered; everything else goes out together.
  await Promise.all([
    ...keys.validators.map(async ({ coldkey, hotkey }) => {
      await burnedRegister(client, { signer: coldkey, netuid, hotkey: hotkey.address });
      await addStake(client, { signer: coldkey, netuid, hotkey: hotkey.address, amount: validatorStake });
    }),
    ...keys.miners.map(({ coldkey, hotkey }) =>
      burnedRegister(client, { signer: coldkey, netuid, hotkey: hotkey.address }),
    ),
  ]);
  return netuid;
}
