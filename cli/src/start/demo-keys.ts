import { createKeypair, createSigner, type Signer } from '@subnetkit/sdk';
import { MODEL_NAMES, type ModelName } from '@subnetkit/subnet-template';

/** A neuron of the demo: the coldkey that pays for it and the hotkey it runs as. */
export type DemoNeuronKeys = { readonly coldkey: Signer; readonly hotkey: Signer };

/**
 * The dev keys the demo network runs with, all derived from the devnet's endowed accounts: //Alice is the sudo key
 * and the subnet owner's coldkey, //Bob and //Charlie own one validator each, //Dave owns the four miners.
 */
export type DemoKeys = {
  readonly sudo: Signer;
  /** The subnet owner: //Alice's coldkey with the //Alice//owner hotkey. */
  readonly owner: DemoNeuronKeys;
  readonly validators: readonly DemoNeuronKeys[];
  /** One miner per example model, worst model first (the order of `MODEL_NAMES`). */
  readonly miners: readonly (DemoNeuronKeys & { readonly model: ModelName })[];
};

const key = (uri: string): Signer => createSigner(createKeypair({ uri }));

/**
 * Derives the demo's keys (call after `cryptoReady()`).
 *
 * @example
 * await cryptoReady();
 * const keys = demoKeys();
 * keys.miners.map((m) => m.model); // ['random', 'linear', 'mlp-small', 'mlp']
 */
export function demoKeys(): DemoKeys {
  const alice = key('//Alice');
  return {
    sudo: alice,
    owner: { coldkey: alice, hotkey: key('//Alice//owner') },
    validators: ['//Bob', '//Charlie'].map((uri) => ({
      coldkey: key(uri),
      hotkey: key(`${uri}//validator`),
    })),
    miners: MODEL_NAMES.map((model) => ({ model, coldkey: key('//Dave'), hotkey: key(`//Dave//${model}`) })),
  };
}
