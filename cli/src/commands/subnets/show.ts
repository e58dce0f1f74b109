import { getMetagraph, type Metagraph } from '@subnetkit/sdk';
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

/** `subnetkit subnets show` (alias `metagraph`): the metagraph of one subnet. */
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
    if (output.json) {
      return output.printJson({
        netuid,
        block: metagraph.block,
        n: metagraph.n,
        name: metagraph.name,
        ownerColdkey: metagraph.ownerColdkey,
        ownerHotkey: metagraph.ownerHotkey,
        tempo: metagraph.hyperparameters.tempo,
        neurons,
      });
    }
    output.line(
      output.style('bold', `netuid ${netuid}${metagraph.name ? ` ${metagraph.name}` : ''}`) +
        `  block #${metagraph.block}  ${metagraph.n} neurons  tempo ${metagraph.hyperparameters.tempo}`,
    );
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
