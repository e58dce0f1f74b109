/**
 * What one block's TAO emission does to a subnet (subtensor `run_coinbase.rs` `get_subnet_terms`), in
 * U96F32: `alpha_out` is the subnet's own alpha emission (the halving schedule on its alpha issuance);
 * `alpha_in = tao_emission / price` is injected with `tao_in = tao_emission` into the pool, but at most
 * `root_proportion · alpha_out` alpha, and the TAO that cap leaves over (`excess_tao`) buys alpha for the
 * protocol instead (a chain buy).
 */
import type { StateOverlay } from '../../frame/state.js';
import { emissionForIssuance } from './block-emission.js';
import { convertFx, divFx, fromInt, mulFx, satSub } from './fixed.js';
import { alphaIssuance, rootProportionBits } from './root-proportion.js';
import { currentPriceBits } from './subnet-swap.js';

/** One subnet's terms, U96F32 bits each. */
export interface SubnetTerms {
  readonly taoIn: bigint;
  readonly alphaIn: bigint;
  readonly alphaOut: bigint;
  readonly excessTao: bigint;
}

/**
 * The terms from their inputs: the subnet's TAO emission (U96F32 bits), its alpha emission (rao), its price
 * (U64F64 bits) and root proportion (U96F32 bits).
 *
 * @example
 * subnetTerms({ taoEmission: 1n << 32n, alphaEmission: 10n ** 9n, priceBits: 1n << 64n, rootProportion: 1n << 31n })
 */
export function subnetTerms(p: {
  readonly taoEmission: bigint;
  readonly alphaEmission: bigint;
  readonly priceBits: bigint;
  readonly rootProportion: bigint;
}): SubnetTerms {
  const alphaOut = fromInt(p.alphaEmission, 32n);
  const price = convertFx(p.priceBits, 64n, 32n);
  let taoIn = p.taoEmission;
  let alphaIn = divFx(p.taoEmission, price, 32n);
  const cap = mulFx(p.rootProportion, alphaOut, 32n);
  if (alphaIn > cap) {
    alphaIn = cap;
    taoIn = mulFx(alphaIn, price, 32n);
  }
  return { taoIn, alphaIn, alphaOut, excessTao: satSub(p.taoEmission, taoIn) };
}

/**
 * `get_subnet_terms` for every subnet's TAO emission (U96F32 bits), read from storage.
 *
 * @example
 * getSubnetTerms(state, new Map([[1, 1n << 32n]]))
 */
export function getSubnetTerms(
  state: StateOverlay,
  emissions: ReadonlyMap<number, bigint>,
): Map<number, SubnetTerms> {
  return new Map(
    [...emissions].map(([netuid, taoEmission]) => [
      netuid,
      subnetTerms({
        taoEmission,
        alphaEmission: emissionForIssuance(state, alphaIssuance(state, netuid)),
        priceBits: currentPriceBits(state, netuid),
        rootProportion: rootProportionBits(state, netuid),
      }),
    ]),
  );
}
