/** A ValidatorChain for the bench: a fixed metagraph of local axons and heads built on demand (no weights). */
import type { ChainHead, ValidatorChain } from '@subnetkit/validator';

export function createLocalChain(
  validator: string,
  miners: { uid: number; hotkey: string; port: number }[],
): ValidatorChain & { advance(): void } {
  const listeners = new Set<(head: ChainHead) => void>();
  let number = 0;
  const neurons = [
    { uid: 0, hotkey: validator, axon: undefined, validatorPermit: true, lastUpdate: 0 },
    ...miners.map((m) => ({
      uid: m.uid,
      hotkey: m.hotkey,
      axon: { ip: '127.0.0.1', port: m.port },
      validatorPermit: false,
      lastUpdate: 0,
    })),
  ];
  const refuse = async () => ({ kind: 'Refused' as const, reason: 'bench' });
  return {
    advance() {
      number++;
      const hash = `0x${number.toString(16).padStart(64, '0')}`;
      for (const listener of listeners) listener({ number, hash });
    },
    async subscribeHeads(onHead) {
      listeners.add(onHead);
      return () => listeners.delete(onHead);
    },
    getMetagraph: async ({ netuid }) => ({ netuid, block: number, neurons }),
    // Weights never come due: the bench times steps only.
    getWeightsSettings: async () => ({
      tempo: 1_000_000,
      minAllowedWeights: 1,
      maxWeightLimit: 1,
      versionKey: 0n,
      weightsRateLimit: 1_000_000,
      commitRevealEnabled: false,
      revealPeriodEpochs: 1,
    }),
    getEpochIndex: async () => 0,
    setWeights: refuse,
    commitWeights: refuse,
    revealWeights: refuse,
    countTimelockedCommits: async () => 0,
  };
}
