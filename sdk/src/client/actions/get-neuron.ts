import type { Codec } from '@polkadot/types/types';
import { bigintOf, booleanOf, numberOf, optionOf } from '../codec-values.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { decodeIp } from '../ip-address.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { addressArgument, deadlineArgument, u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link getNeuron}: a neuron by uid or by hotkey.
 *
 * @example
 * const byUid: GetNeuronParameters = { netuid: 1, uid: 0 };
 * const byHotkey: GetNeuronParameters = { netuid: 1, hotkey: signer.address };
 */
export type GetNeuronParameters = ({ netuid: number; uid: number } | { netuid: number; hotkey: string }) &
  ReadOptions;

/**
 * Where a neuron serves (`AxonInfo`); `ip` is text, `0.0.0.0` when it never served.
 *
 * @example
 * const { ip, port }: NeuronAxon = neuron.axon;
 */
export type NeuronAxon = {
  readonly ip: string;
  readonly port: number;
  readonly ipType: number;
  readonly protocol: number;
  readonly version: number;
  /** Block of the last `serve_axon`. */
  readonly block: number;
};

/**
 * A neuron as `NeuronInfoRuntimeApi.get_neuron` returns it. Scores are subtensor's u16 values (65535 = 1.0),
 * stake and emission are in rao.
 *
 * @example
 * const { uid, hotkey, validatorPermit, dividends }: Neuron = await getNeuron(client, { netuid: 1, uid: 0 });
 */
export type Neuron = {
  readonly uid: number;
  readonly netuid: number;
  readonly hotkey: string;
  readonly coldkey: string;
  readonly active: boolean;
  readonly axon: NeuronAxon;
  /** Stake per coldkey on this hotkey. */
  readonly stake: readonly { readonly coldkey: string; readonly amount: bigint }[];
  /** Sum of `stake`. */
  readonly totalStake: bigint;
  readonly emission: bigint;
  readonly incentive: number;
  readonly consensus: number;
  readonly validatorTrust: number;
  readonly dividends: number;
  readonly lastUpdate: number;
  readonly validatorPermit: boolean;
  readonly pruningScore: number;
  /** The neuron's weights row: `[uid, u16 value]` pairs. */
  readonly weights: readonly (readonly [number, number])[];
  /** The neuron's bonds row: `[uid, u16 value]` pairs. */
  readonly bonds: readonly (readonly [number, number])[];
};

type Struct = Codec & { get(key: string): Codec };
const pairs = (codec: Codec) =>
  (codec as unknown as Codec[][]).map(([a, b]) => [numberOf(a!), numberOf(b!)] as const);

/**
 * Reads one neuron (`NeuronInfoRuntimeApi.get_neuron`), by uid or by hotkey; `undefined` when there is none.
 *
 * @example
 * const neuron = await getNeuron(client, { netuid: 1, hotkey: signer.address });
 * if (neuron) console.log(neuron.uid, neuron.axon.ip, neuron.axon.port, neuron.validatorPermit);
 */
export async function getNeuron(
  client: SubtensorClient,
  parameters: GetNeuronParameters,
): Promise<Neuron | undefined> {
  const netuid = u16Argument('netuid', parameters.netuid);
  const uid = 'uid' in parameters ? u16Argument('uid', parameters.uid) : undefined;
  const hotkey = 'hotkey' in parameters ? addressArgument('hotkey', parameters.hotkey) : undefined;
  const answer = await readChain(
    client,
    'NeuronInfoRuntimeApi.get_neuron',
    async (api) => {
      const resolved = uid ?? optionOf(await api.query.subtensorModule.uids(netuid, hotkey));
      if (resolved === undefined) return undefined;
      const at = typeof resolved === 'number' ? resolved : numberOf(resolved);
      return optionOf(await api.call.neuronInfoRuntimeApi.getNeuron(netuid, at));
    },
    deadlineArgument(parameters.deadlineMs),
  );
  if (answer === undefined) return undefined;
  const info = answer as Struct;
  const axon = info.get('axonInfo') as Struct;
  const stake = (info.get('stake') as unknown as Codec[][]).map(([coldkey, amount]) => ({
    coldkey: coldkey!.toString(),
    amount: bigintOf(amount!),
  }));
  return {
    uid: numberOf(info.get('uid')),
    netuid: numberOf(info.get('netuid')),
    hotkey: info.get('hotkey').toString(),
    coldkey: info.get('coldkey').toString(),
    active: booleanOf(info.get('active')),
    axon: {
      ip: decodeIp(bigintOf(axon.get('ip')), numberOf(axon.get('ipType'))),
      port: numberOf(axon.get('port')),
      ipType: numberOf(axon.get('ipType')),
      protocol: numberOf(axon.get('protocol')),
      version: numberOf(axon.get('version')),
      block: numberOf(axon.get('block')),
    },
    stake,
    totalStake: stake.reduce((sum, s) => sum + s.amount, 0n),
    emission: bigintOf(info.get('emission')),
    incentive: numberOf(info.get('incentive')),
    consensus: numberOf(info.get('consensus')),
    validatorTrust: numberOf(info.get('validatorTrust')),
    dividends: numberOf(info.get('dividends')),
    lastUpdate: numberOf(info.get('lastUpdate')),
    validatorPermit: booleanOf(info.get('validatorPermit')),
    pruningScore: numberOf(info.get('pruningScore')),
    weights: pairs(info.get('weights')),
    bonds: pairs(info.get('bonds')),
  };
}
