import type { MetagraphView, NeuronView } from '../chain/validator-chain.js';
import { seededRandom } from '../challenge/seeded-random.js';

/**
 * Parameters of {@link sampleMiners}.
 *
 * @example
 * const parameters: SampleMinersParameters = { metagraph, self: signer.address, seed, sampleSize: 64 };
 */
export type SampleMinersParameters = {
  metagraph: MetagraphView;
  /** The validator's own hotkey, never sampled. */
  self: string;
  /** The step's challenge seed: the sample is drawn from it, so it is reproducible. */
  seed: string;
  /** At most this many miners; undefined = all serving miners. */
  sampleSize?: number;
};

/** A neuron that serves an axon. */
export type ServingNeuron = NeuronView & { axon: { ip: string; port: number } };

/**
 * The miners a step queries: every neuron with a served axon except the validator itself, or a uniform random
 * subset of `sampleSize` of them drawn from the seed (partial Fisher–Yates), returned in uid order. Pure.
 *
 * @example
 * const miners = sampleMiners({ metagraph, self: signer.address, seed, sampleSize: 2 });
 */
export function sampleMiners(parameters: SampleMinersParameters): ServingNeuron[] {
  const serving = parameters.metagraph.neurons.filter(
    (n): n is ServingNeuron => n.axon !== undefined && n.hotkey !== parameters.self,
  );
  const size = parameters.sampleSize;
  if (size === undefined || size >= serving.length) return serving;
  const random = seededRandom(parameters.seed);
  const pool = [...serving];
  for (let i = 0; i < size; i++) {
    const j = i + random.int(pool.length - i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, size).sort((a, b) => a.uid - b.uid);
}
