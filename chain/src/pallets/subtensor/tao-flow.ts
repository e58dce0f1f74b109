/**
 * TAO flow bookkeeping (subtensor `subnet_emissions.rs` `record_tao_inflow`/`record_tao_outflow`,
 * `record_protocol_inflow`/`record_protocol_outflow`): `SubnetTaoFlow` sums the TAO users stake into a
 * subnet (stakes, burned registrations) minus what they unstake; `SubnetProtocolFlow` the TAO the coinbase
 * injects or buys with minus root sells. Both are `i64`, saturating. Subtensor keeps them for its
 * flow-based shares (`get_shares_flow`), which the targeted runtime does not call: nothing reads them back.
 */
import type { StateOverlay } from '../../frame/state.js';
import { SubnetProtocolFlow, SubnetTaoFlow } from './storage.js';

const I64_MAX = (1n << 63n) - 1n;
const I64_MIN = -(1n << 63n);
const clamp = (v: bigint): bigint => (v > I64_MAX ? I64_MAX : v < I64_MIN ? I64_MIN : v);
/** `u64 as i64`: the two's-complement reinterpretation Rust's cast does. */
const asI64 = (tao: bigint): bigint => BigInt.asIntN(64, tao);

/** `record_tao_inflow`. @example recordTaoInflow(state, 1, 10n ** 9n); */
export function recordTaoInflow(state: StateOverlay, netuid: number, tao: bigint): void {
  SubnetTaoFlow.set(state, netuid, clamp(SubnetTaoFlow.get(state, netuid) + asI64(tao)));
}

/** `record_tao_outflow`. @example recordTaoOutflow(state, 1, 10n ** 9n); */
export function recordTaoOutflow(state: StateOverlay, netuid: number, tao: bigint): void {
  SubnetTaoFlow.set(state, netuid, clamp(SubnetTaoFlow.get(state, netuid) - asI64(tao)));
}

/** `record_protocol_inflow`. @example recordProtocolInflow(state, 1, 10n ** 9n); */
export function recordProtocolInflow(state: StateOverlay, netuid: number, tao: bigint): void {
  SubnetProtocolFlow.set(state, netuid, clamp(SubnetProtocolFlow.get(state, netuid) + asI64(tao)));
}

/** `record_protocol_outflow` (a root claim's sale of alpha for TAO). @example recordProtocolOutflow(state, 1, 10n ** 9n); */
export function recordProtocolOutflow(state: StateOverlay, netuid: number, tao: bigint): void {
  SubnetProtocolFlow.set(state, netuid, clamp(SubnetProtocolFlow.get(state, netuid) - asI64(tao)));
}
