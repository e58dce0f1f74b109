/**
 * A subnet's root proportion (subtensor `block_step.rs` `root_proportion`): the weight of root stake,
 * `SubnetTAO[0] · TaoWeight`, in that plus the subnet's alpha issuance (`SubnetAlphaIn + SubnetAlphaOut`),
 * U96F32. It caps the alpha injected into the pool and sets the share of validator emission that goes to
 * root stakers as root alpha dividends; `RootProp` records it after each coinbase.
 */
import type { StateOverlay, StateReader } from '../../frame/state.js';
import { divFx, fromInt, mulFx, proportion32 } from './fixed.js';
import { RootProp, SubnetAlphaIn, SubnetAlphaOut, SubnetTAO, TaoWeight } from './storage.js';

const U64_MAX = 0xffff_ffff_ffff_ffffn;

/** `get_tao_weight`: `TaoWeight / u64::MAX` as U96F32 bits. @example taoWeightBits(state) */
export function taoWeightBits(state: StateReader): bigint {
  return proportion32(TaoWeight.get(state), U64_MAX);
}

/** `get_alpha_issuance`: `SubnetAlphaIn + SubnetAlphaOut`. @example alphaIssuance(state, 1) */
export function alphaIssuance(state: StateReader, netuid: number): bigint {
  return SubnetAlphaIn.get(state, netuid) + SubnetAlphaOut.get(state, netuid);
}

/**
 * `root_proportion` as U96F32 bits (0 without root stake).
 *
 * @example
 * rootProportionBits(state, 1)
 */
export function rootProportionBits(state: StateReader, netuid: number): bigint {
  const taoWeight = mulFx(fromInt(SubnetTAO.get(state, 0), 32n), taoWeightBits(state), 32n);
  return divFx(taoWeight, taoWeight + fromInt(alphaIssuance(state, netuid), 32n), 32n);
}

/**
 * `update_root_prop`: writes `RootProp` for each emitting subnet.
 *
 * @example
 * updateRootProp(state, [1, 2]);
 */
export function updateRootProp(state: StateOverlay, subnets: readonly number[]): void {
  for (const netuid of subnets) RootProp.set(state, netuid, { bits: rootProportionBits(state, netuid) });
}
