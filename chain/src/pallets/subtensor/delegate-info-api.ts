/**
 * `DelegateInfoRuntimeApi` (subtensor `rpc_info/delegate_info.rs`): every hotkey with a `Delegates` entry,
 * its nominators' alpha per subnet, registrations, validator permits and the daily return figures
 * (`total_daily_return` = Σ Emission·7200/tempo over its subnets, `return_per_1000` per 1000 TAO of root
 * stake after take), in U64F64 as on chain.
 */
import { AccountId32, compact, field, sequence, struct, tuple, u16, u64 } from '../../frame/primitives.js';
import { apiMethod, type RuntimeApiDecl } from '../../frame/runtime-api.js';
import { AccountId, Option, scaleType, Vec } from '../../frame/scale-types.js';
import type { StateReader } from '../../frame/state.js';
import { ONE } from '../swap/balancer.js';
import { accountAt, mapKeySuffixes, u16At } from './map-keys.js';
import { sharesValue, stakeOf } from './pools.js';
import { fromU64F64, isZero, type SafeFloat } from './safe-float.js';
import {
  Alpha,
  AlphaV2,
  Delegates,
  Emission,
  IsNetworkMember,
  Owner,
  Tempo,
  TotalHotkeyAlpha,
  Uids,
  ValidatorPermit,
} from './storage.js';

const c16 = compact(u16);
const c64 = compact(u64);

/** `DelegateInfo<AccountId>` as decoded. */
export interface DelegateInfoValue {
  delegate_ss58: Uint8Array;
  take: number;
  nominators: [Uint8Array, [number, bigint][]][];
  owner_ss58: Uint8Array;
  registrations: number[];
  validator_permits: number[];
  return_per_1000: bigint;
  total_daily_return: bigint;
}

const DelegateInfoDef = struct(
  ['pallet_subtensor', 'rpc_info', 'delegate_info', 'DelegateInfo'],
  [
    field('delegate_ss58', AccountId32, 'AccountId'),
    field('take', c16, 'Compact<u16>'),
    field(
      'nominators',
      sequence(tuple(AccountId32, sequence(tuple(c16, c64)))),
      'Vec<(AccountId, Vec<(Compact<NetUid>, Compact<u64>)>)>',
    ),
    field('owner_ss58', AccountId32, 'AccountId'),
    field('registrations', sequence(c16), 'Vec<Compact<NetUid>>'),
    field('validator_permits', sequence(c16), 'Vec<Compact<NetUid>>'),
    field('return_per_1000', c64, 'Compact<u64>'),
    field('total_daily_return', c64, 'Compact<u64>'),
  ],
  [{ name: 'AccountId', type: AccountId32 }],
);
/** `DelegateInfo<AccountId32>`. */
export const DelegateInfo = scaleType<DelegateInfoValue>(DelegateInfoDef, 'DelegateInfo<AccountId32>');

const hex = (a: Uint8Array) => Buffer.from(a).toString('hex');

/**
 * `alpha_iter_single_prefix`: `(coldkey, netuid, shares)` of a hotkey's positions in the deprecated `Alpha`
 * and in `AlphaV2` (V2 wins), ordered by coldkey then netuid.
 */
function nominations(state: StateReader, hotkey: Uint8Array): [Uint8Array, number, SafeFloat][] {
  const merged = new Map<string, [Uint8Array, number, SafeFloat]>();
  for (const s of mapKeySuffixes(state, Alpha, hotkey)) {
    const [coldkey, netuid] = [accountAt(s, 16), u16At(s, 48)];
    merged.set(`${hex(coldkey)}:${netuid.toString().padStart(5, '0')}`, [
      coldkey,
      netuid,
      fromU64F64(Alpha.get(state, hotkey, coldkey, netuid).bits),
    ]);
  }
  for (const s of mapKeySuffixes(state, AlphaV2, hotkey)) {
    const [coldkey, netuid] = [accountAt(s, 16), u16At(s, 48)];
    merged.set(`${hex(coldkey)}:${netuid.toString().padStart(5, '0')}`, [
      coldkey,
      netuid,
      AlphaV2.get(state, hotkey, coldkey, netuid),
    ]);
  }
  return [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
}

function delegateInfo(state: StateReader, delegate: Uint8Array, skipNominators: boolean): DelegateInfoValue {
  const nominators = new Map<string, [Uint8Array, [number, bigint][]]>();
  if (!skipNominators)
    for (const [coldkey, netuid, shares] of nominations(state, delegate)) {
      if (isZero(shares)) continue;
      const stake = sharesValue(state, delegate, netuid, shares);
      const entry = nominators.get(hex(coldkey)) ?? [coldkey, []];
      entry[1].push([netuid, stake]);
      nominators.set(hex(coldkey), entry);
    }
  const registrations = mapKeySuffixes(state, IsNetworkMember, delegate)
    .map((s) => u16At(s, 0))
    .filter((netuid) => IsNetworkMember.get(state, delegate, netuid));
  const permits: number[] = [];
  let emissionsPerDay = 0n; // U64F64 bits
  for (const netuid of registrations) {
    const uid = Uids.get(state, netuid, delegate);
    if (uid === undefined) continue;
    if (ValidatorPermit.get(state, netuid)[uid] === true) permits.push(netuid);
    const emission = Emission.get(state, netuid)[uid] ?? 0n;
    const tempo = BigInt(Tempo.get(state, netuid));
    if (tempo > 0n) emissionsPerDay += emission * ((7200n * ONE) / tempo);
  }
  const take = Delegates.get(state, delegate);
  const rootStake = TotalHotkeyAlpha.get(state, delegate, 0);
  let returnPer1000 = 0n;
  if (rootStake > 0n) {
    const withoutTake = ONE - (BigInt(take) * ONE) / 65_535n;
    const net = (emissionsPerDay * withoutTake) / ONE;
    const per1000 = (rootStake * ONE) / 1_000_000_000_000n;
    returnPer1000 = per1000 === 0n ? 0n : (net * ONE) / per1000 / ONE;
  }
  return {
    delegate_ss58: delegate,
    take,
    nominators: [...nominators.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v),
    owner_ss58: Owner.get(state, delegate),
    registrations,
    validator_permits: permits,
    return_per_1000: returnPer1000,
    total_daily_return: emissionsPerDay / ONE,
  };
}

/** Hotkeys with a `Delegates` entry, in key order. @example delegateHotkeys(state) */
export function delegateHotkeys(state: StateReader): Uint8Array[] {
  return mapKeySuffixes(state, Delegates).map((s) => accountAt(s, 16));
}

/**
 * The `DelegateInfoRuntimeApi` declaration.
 *
 * @example
 * const apis = [...subtensorRuntimeApis(), delegateInfoRuntimeApi];
 */
export const delegateInfoRuntimeApi: RuntimeApiDecl = {
  name: 'DelegateInfoRuntimeApi',
  version: 1,
  methods: [
    apiMethod('get_delegates', {}, Vec(DelegateInfo), ({ state }) =>
      delegateHotkeys(state).map((d) => delegateInfo(state, d, false)),
    ),
    apiMethod('get_delegate', { delegate_account: AccountId }, Option(DelegateInfo), ({ state }, a) =>
      state.get(Delegates.key(a.delegate_account)) === null
        ? { type: 'None' }
        : { type: 'Some', value: delegateInfo(state, a.delegate_account, false) },
    ),
    apiMethod(
      'get_delegated',
      { delegatee_account: AccountId },
      scaleType<[DelegateInfoValue, [number, bigint]][]>(
        sequence(tuple(DelegateInfoDef, tuple(c16, c64))),
        undefined,
      ),
      ({ state }, a) =>
        delegateHotkeys(state).flatMap((d) =>
          nominations(state, d)
            .filter(([coldkey]) => hex(coldkey) === hex(a.delegatee_account))
            .map(([, netuid]): [DelegateInfoValue, [number, bigint]] => [
              delegateInfo(state, d, true),
              [netuid, stakeOf(state, d, a.delegatee_account, netuid)],
            ]),
        ),
    ),
  ],
};
