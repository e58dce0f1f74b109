/**
 * `SubnetInfoRuntimeApi::get_selective_metagraph` and `get_all_metagraphs` (subtensor
 * `rpc_info/metagraph.rs`). A `SelectiveMetagraph` is `netuid` plus every `Metagraph` field as an `Option`,
 * then `validators` and `commitments`: the fields whose indexes are asked for are `Some`, the rest `None`
 * (`netuid` stays 0 unless index 0 is asked for, as on chain). `validators` are the permitted uids by
 * ascending stake (alpha + root stake × `TaoWeight`, without child hotkeys) above `StakeThreshold`; `commitments` are the subnet's
 * `Commitments.CommitmentOf` entries, each hotkey with its SCALE-encoded `Registration`.
 */
import {
  AccountId32,
  compact,
  field,
  option,
  sequence,
  struct,
  tuple,
  u8,
  u16,
} from '../../frame/primitives.js';
import { apiMethod, type RuntimeApiMethod } from '../../frame/runtime-api.js';
import { encodeCompact } from '../../frame/scale/codec.js';
import { Option, scaleType, u16 as U16, Vec } from '../../frame/scale-types.js';
import type { StateReader } from '../../frame/state.js';
import { getCommitments } from '../commitments/get-commitments.js';
import { METAGRAPH_FIELD_LIST, Metagraph, metagraph, rootStakeAsTao } from './metagraph.js';
import { encodeMetagraph } from './metagraph-encoder.js';
import { NetUid } from './scale-types.js';
import { Keys, StakeThreshold, TaoWeight, TotalHotkeyAlpha, ValidatorPermit } from './storage.js';
import { allNetuids } from './subnets.js';

const [NETUID_FIELD, ...OPTIONAL_FIELDS] = METAGRAPH_FIELD_LIST;
const EXTRA_FIELDS = [
  ['validators', sequence(compact(u16))],
  ['commitments', sequence(tuple(AccountId32, sequence(compact(u8))))],
] as const;

/** `SelectiveMetagraph<AccountId32>`. */
export const SelectiveMetagraph = scaleType<Record<string, unknown>>(
  struct(
    ['pallet_subtensor', 'rpc_info', 'metagraph', 'SelectiveMetagraph'],
    [
      field(NETUID_FIELD?.[0] ?? 'netuid', compact(u16)),
      ...[...OPTIONAL_FIELDS, ...EXTRA_FIELDS].map(([name, type]) => field(name, option(type))),
    ],
    [{ name: 'AccountId', type: AccountId32 }],
  ),
  'SelectiveMetagraph<AccountId32>',
);

/** The permitted uids sorted by ascending stake, above `StakeThreshold` (`get_validators`). */
function validators(state: StateReader, netuid: number): number[] {
  const taoWeight = TaoWeight.get(state);
  const threshold = StakeThreshold.get(state);
  const stakeOf = (uid: number) => {
    const hotkey = Keys.get(state, netuid, uid);
    return (
      TotalHotkeyAlpha.get(state, hotkey, netuid) +
      rootStakeAsTao(TotalHotkeyAlpha.get(state, hotkey, 0), taoWeight)
    );
  };
  return ValidatorPermit.get(state, netuid)
    .map((permitted, uid) => ({ uid, permitted, stake: permitted ? stakeOf(uid) : 0n }))
    .filter((v) => v.permitted)
    .sort((a, b) => (a.stake < b.stake ? -1 : a.stake > b.stake ? 1 : 0))
    .filter((v) => v.stake > threshold)
    .map((v) => v.uid);
}

/**
 * `get_selective_metagraph(netuid, indexes)` as a codec value, or undefined for an unknown subnet.
 *
 * @example
 * selectiveMetagraph(state, 1, [0, 52])?.hotkeys // { type: 'Some', value: [...] }
 */
export function selectiveMetagraph(
  state: StateReader,
  netuid: number,
  indexes: readonly number[],
): Record<string, unknown> | undefined {
  const full = metagraph(state, netuid);
  if (full === undefined) return undefined;
  const asked = new Set(indexes);
  const value: Record<string, unknown> = { netuid: asked.has(0) ? netuid : 0 };
  OPTIONAL_FIELDS.forEach(([name], i) => {
    value[name] = asked.has(i + 1) ? { type: 'Some', value: full[name] } : { type: 'None' };
  });
  const base = METAGRAPH_FIELD_LIST.length;
  value.validators = asked.has(base) ? { type: 'Some', value: validators(state, netuid) } : { type: 'None' };
  value.commitments = asked.has(base + 1)
    ? { type: 'Some', value: getCommitments(state, netuid).map(([who, bytes]) => [who, [...bytes]]) }
    : { type: 'None' };
  return value;
}

/**
 * The `SubnetInfoRuntimeApi` methods of this file, merged into that API's declaration.
 *
 * @example
 * methods: [...selectiveMetagraphMethods]
 */
export const selectiveMetagraphMethods: RuntimeApiMethod[] = [
  apiMethod('get_all_metagraphs', {}, Vec(Option(scaleType<Record<string, unknown>>(Metagraph, undefined))), {
    encoded: ({ state }) => {
      const parts = allNetuids(state).map((n) => encodeMetagraph(state, n));
      const length = encodeCompact(parts.length);
      const out = new Uint8Array(length.length + parts.reduce((s, p) => s + p.length, 0));
      out.set(length, 0);
      let offset = length.length;
      for (const p of parts) {
        out.set(p, offset);
        offset += p.length;
      }
      return out;
    },
  }),
  apiMethod(
    'get_selective_metagraph',
    { netuid: NetUid, metagraph_indexes: Vec(U16) },
    Option(SelectiveMetagraph),
    ({ state }, a) => {
      const value = selectiveMetagraph(state, a.netuid, a.metagraph_indexes);
      return value === undefined ? { type: 'None' } : { type: 'Some', value };
    },
  ),
];
