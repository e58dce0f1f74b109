/**
 * A ValidatorChain whose heads, metagraph and answers the test scripts: for the loop's own logic (EMA by hotkey,
 * restarts, weights scheduling) without a devnet. The devnet end-to-end test uses the real chain.
 */
import { blake2b } from '@noble/hashes/blake2b';
import { bytesToHex } from '@noble/hashes/utils';
import type {
  ChainHead,
  MetagraphView,
  NeuronView,
  ValidatorChain,
  WeightsOutcome,
  WeightsSettings,
} from '@subnetkit/validator';

export type WeightsCall = {
  action: 'set' | 'commit' | 'reveal';
  block: number;
  uids: number[];
  values: number[];
};

export interface ScriptedChain extends ValidatorChain {
  head: ChainHead;
  neurons: NeuronView[];
  settings: WeightsSettings;
  epochIndex: number;
  calls: WeightsCall[];
  /** Outcomes the next weights calls return (then `ok`). */
  refusals: WeightsOutcome[];
  /** Builds `count` blocks, one head each. */
  advance(count?: number): void;
}

/** A neuron of the scripted metagraph: serving on 127.0.0.1, port 1000 + uid, no permit, never updated. */
export const scriptedNeuron = (uid: number, hotkey: string): NeuronView => ({
  uid,
  hotkey,
  axon: { ip: '127.0.0.1', port: 1000 + uid },
  validatorPermit: false,
  lastUpdate: 0,
});

export function blockHash(number: number): string {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, number);
  return `0x${bytesToHex(blake2b(bytes, { dkLen: 32 }))}`;
}

export function createScriptedChain(options: {
  neurons: NeuronView[];
  settings?: Partial<WeightsSettings>;
}): ScriptedChain {
  const listeners = new Set<(head: ChainHead) => void>();
  const chain: ScriptedChain = {
    head: { number: 0, hash: blockHash(0) },
    neurons: options.neurons,
    settings: {
      tempo: 10,
      minAllowedWeights: 1,
      maxWeightLimit: 1,
      versionKey: 0n,
      weightsRateLimit: 0,
      commitRevealEnabled: false,
      revealPeriodEpochs: 1,
      ...options.settings,
    },
    epochIndex: 0,
    calls: [],
    refusals: [],
    advance(count = 1) {
      for (let i = 0; i < count; i++) {
        const number = chain.head.number + 1;
        chain.head = { number, hash: blockHash(number) };
        if (number % chain.settings.tempo === 0) chain.epochIndex++;
        for (const listener of listeners) listener(chain.head);
      }
    },
    async subscribeHeads(onHead) {
      listeners.add(onHead);
      return () => listeners.delete(onHead);
    },
    async getMetagraph({ netuid }): Promise<MetagraphView> {
      return { netuid, block: chain.head.number, neurons: chain.neurons.map((n) => ({ ...n })) };
    },
    async getWeightsSettings() {
      return chain.settings;
    },
    async getEpochIndex() {
      return chain.epochIndex;
    },
    async setWeights({ uids, values }) {
      return answer('set', uids, values);
    },
    async commitWeights({ uids, values }) {
      return answer('commit', uids, values);
    },
    async revealWeights({ uids, values }) {
      return answer('reveal', uids, values);
    },
    async countTimelockedCommits() {
      return 0;
    },
  };
  const answer = (action: WeightsCall['action'], uids: number[], values: number[]): WeightsOutcome => {
    const refusal = chain.refusals.shift();
    if (refusal !== undefined) return refusal;
    chain.calls.push({ action, block: chain.head.number, uids, values });
    return { kind: 'ok', block: chain.head.number, blockHash: chain.head.hash };
  };
  return chain;
}
