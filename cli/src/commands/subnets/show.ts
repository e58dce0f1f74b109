import { getMetagraph, type Metagraph, type SubtensorClient } from '@subnetkit/sdk';
import { connectClient } from '../../chain/connect-client.js';
import { explainChainError } from '../../chain/explain-chain-error.js';
import { CHAIN_OPTIONS, JSON_OPTION, NETUID_OPTION } from '../../framework/option-spec.js';
import type { Subcommand } from '../../framework/subcommand.js';
import { formatTao } from '../../output/format-tao.js';
import { shortAddress } from '../../output/short-address.js';

/** One neuron of `subnets show --json`: stake in rao (exact), scores as fractions 0..1. */
type NeuronRow = {
  uid: number;
  hotkey: string;
  coldkey: string;
  stake: bigint;
  incentive: number;
  dividends: number;
  consensus: number;
  validatorTrust: number;
  emission: number;
  validatorPermit: boolean;
  active: boolean;
  axon: string;
};

function rows(metagraph: Metagraph): NeuronRow[] {
  return [...metagraph.uids].map((uid) => {
    const axon = metagraph.axons[uid]!;
    return {
      uid,
      hotkey: metagraph.hotkeys[uid]!,
      coldkey: metagraph.coldkeys[uid]!,
      stake: metagraph.stake.totalRao[uid]!,
      incentive: metagraph.incentive[uid]!,
      dividends: metagraph.dividends[uid]!,
      consensus: metagraph.consensus[uid]!,
      validatorTrust: metagraph.validatorTrust[uid]!,
      emission: metagraph.emission[uid]!,
      validatorPermit: metagraph.validatorPermit[uid] === 1,
      active: metagraph.active[uid] === 1,
      axon: axon.port === 0 ? '' : `${axon.ip}:${axon.port}`,
    };
  });
}

/** Which commit-reveal the subnet runs: off, CR-v2 hash commits, or CR-v4 (`CommitRevealWeightsVersion` ≥ 4). */
async function commitRevealOf(
  client: SubtensorClient,
  metagraph: Metagraph,
): Promise<{ version: 'off' | 'v2' | 'v4'; revealPeriodEpochs: number }> {
  const revealPeriodEpochs = metagraph.hyperparameters.commitRevealPeriod;
  if (!metagraph.hyperparameters.commitRevealWeightsEnabled) return { version: 'off', revealPeriodEpochs };
  const version = Number((await client.api.query.subtensorModule.commitRevealWeightsVersion()).toString());
  return { version: version >= 4 ? 'v4' : 'v2', revealPeriodEpochs };
}

/** `subnetkit subnets show` (alias `metagraph`): the metagraph of one subnet, and which commit-reveal it runs. */
export const subnetsShow: Subcommand = {
  options: [NETUID_OPTION, ...CHAIN_OPTIONS, JSON_OPTION],
  examples: ['subnetkit subnets show --netuid 1', 'subnetkit subnets metagraph --netuid 1 --json'],
  async run(context) {
    const { options, output } = context;
    const netuid = options.netuid();
    const client = await connectClient(context);
    let metagraph: Metagraph;
    try {
      metagraph = await getMetagraph(client, { netuid });
    } catch (error) {
      throw explainChainError(error, { netuid });
    }
    const neurons = rows(metagraph);
    const commitReveal = await commitRevealOf(client, metagraph);
    if (output.json) {
      return output.printJson({
        netuid,
        block: metagraph.block,
        n: metagraph.n,
        name: metagraph.name,
        ownerColdkey: metagraph.ownerColdkey,
        ownerHotkey: metagraph.ownerHotkey,
        tempo: metagraph.hyperparameters.tempo,
        commitReveal,
        neurons,
      });
    }
    output.line(
      output.style('bold', `netuid ${netuid}${metagraph.name ? ` ${metagraph.name}` : ''}`) +
        `  block #${metagraph.block}  ${metagraph.n} neurons  tempo ${metagraph.hyperparameters.tempo}`,
    );
    output.line(
      commitReveal.version === 'off'
        ? 'commit-reveal off: weights are set directly'
        : `commit-reveal ${commitReveal.version === 'v4' ? 'v4 (drand-timelocked, revealed by the chain)' : 'v2 (hash commits, revealed by the validator)'}, reveal after ${commitReveal.revealPeriodEpochs} epoch(s)`,
    );
    output.line(`emission, owner cut and price to come: \`subnetkit subnets forecast --netuid ${netuid}\``);
    const score = (x: number) => x.toFixed(4);
    output.table(
      [
        { header: 'uid', value: (r) => String(r.uid), align: 'right' },
        { header: 'hotkey', value: (r) => shortAddress(r.hotkey) },
        { header: 'coldkey', value: (r) => shortAddress(r.coldkey) },
        { header: 'stake', value: (r) => formatTao(r.stake), align: 'right' },
        { header: 'incentive', value: (r) => score(r.incentive), align: 'right' },
        { header: 'dividends', value: (r) => score(r.dividends), align: 'right' },
        { header: 'trust', value: (r) => score(r.validatorTrust), align: 'right' },
        { header: 'emission', value: (r) => r.emission.toFixed(6), align: 'right' },
        { header: 'vpermit', value: (r) => (r.validatorPermit ? '*' : '') },
        { header: 'axon', value: (r) => r.axon },
      ],
      neurons,
    );
  },
};
