import type { Metagraph, SubnetSummary } from '@subnetkit/sdk';

/** One neuron as `/api/subnets/:netuid/metagraph` serves it. */
export type NeuronView = {
  readonly uid: number;
  readonly hotkey: string;
  readonly coldkey: string;
  /** Stake Yuma uses (alpha + weighted root TAO, Bittensor's `S`), in tokens. */
  readonly stake: number;
  /** The same stake in exact rao, as a decimal string. */
  readonly stakeRao: string;
  readonly incentive: number;
  readonly dividends: number;
  readonly consensus: number;
  /** Validator trust (the chain's `ValidatorTrust`, 0–1). */
  readonly trust: number;
  /** Alpha per epoch. */
  readonly emission: number;
  readonly permit: boolean;
  readonly active: boolean;
  /** `ip:port` (`[ip]:port` for IPv6), or null when the neuron never served an axon. */
  readonly axon: string | null;
  readonly lastUpdate: number;
};

/** One validator's weights row: `targets[k]` gets raw u16 `values[k]` (zeros left out, as stored on chain). */
export type WeightsRowView = { readonly uid: number; readonly targets: number[]; readonly values: number[] };

/** The body of `/api/subnets/:netuid/metagraph`. */
export type MetagraphView = {
  readonly netuid: number;
  readonly block: number;
  readonly blockHash: string;
  readonly n: number;
  /** Chain-supplied text: render it as text, never as HTML. */
  readonly name: string;
  /** Chain-supplied text: render it as text, never as HTML. */
  readonly symbol: string;
  readonly tempo: number;
  /** Block of the subnet's last epoch. */
  readonly lastStep: number;
  readonly blocksSinceLastStep: number;
  readonly neurons: NeuronView[];
  /** Rows of every uid that set weights (empty rows left out). */
  readonly weights: WeightsRowView[];
};

/** One subnet as `/api/subnets` serves it: {@link SubnetSummary} with `burn` in rao as a decimal string. */
export type SubnetView = Omit<SubnetSummary, 'burn' | 'firstEmissionBlock'> & {
  readonly burn: string;
  readonly firstEmissionBlock: number | null;
};

function axonText(axon: Metagraph['axons'][number]): string | null {
  if (axon.port === 0 && axon.block === 0) return null;
  return axon.ipType === 6 ? `[${axon.ip}]:${axon.port}` : `${axon.ip}:${axon.port}`;
}

/**
 * A metagraph snapshot as plain JSON: typed arrays become one object per neuron, bigints become decimal strings,
 * weights become per-validator rows.
 *
 * @example
 * const view = metagraphView(await getMetagraph(client, { netuid: 1, weights: true }));
 * view.neurons[0].incentive; // 0–1
 */
export function metagraphView(metagraph: Metagraph): MetagraphView {
  const neurons = Array.from(metagraph.uids, (uid) => ({
    uid,
    hotkey: metagraph.hotkeys[uid] ?? '',
    coldkey: metagraph.coldkeys[uid] ?? '',
    stake: metagraph.stake.total[uid] ?? 0,
    stakeRao: String(metagraph.stake.totalRao[uid] ?? 0n),
    incentive: metagraph.incentive[uid] ?? 0,
    dividends: metagraph.dividends[uid] ?? 0,
    consensus: metagraph.consensus[uid] ?? 0,
    trust: metagraph.validatorTrust[uid] ?? 0,
    emission: metagraph.emission[uid] ?? 0,
    permit: metagraph.validatorPermit[uid] === 1,
    active: metagraph.active[uid] === 1,
    axon: metagraph.axons[uid] === undefined ? null : axonText(metagraph.axons[uid]),
    lastUpdate: metagraph.lastUpdate[uid] ?? 0,
  }));
  const weights: WeightsRowView[] = [];
  metagraph.weights?.forEach((row, uid) => {
    if (row.uids.length > 0) weights.push({ uid, targets: [...row.uids], values: [...row.values] });
  });
  return {
    netuid: metagraph.netuid,
    block: metagraph.block,
    blockHash: metagraph.blockHash,
    n: metagraph.n,
    name: metagraph.name,
    symbol: metagraph.symbol,
    tempo: metagraph.hyperparameters.tempo,
    lastStep: metagraph.lastStep,
    blocksSinceLastStep: metagraph.blocksSinceLastStep,
    neurons,
    weights,
  };
}

/**
 * A subnet summary as plain JSON (`burn` as a rao string, a missing first-emission block as null).
 *
 * @example
 * const views = (await getSubnets(client)).map(subnetView);
 */
export function subnetView(subnet: SubnetSummary): SubnetView {
  return { ...subnet, burn: String(subnet.burn), firstEmissionBlock: subnet.firstEmissionBlock ?? null };
}
