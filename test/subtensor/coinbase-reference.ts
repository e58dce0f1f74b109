/**
 * subtensor's per-block coinbase written out for the tests, from `coinbase/block_emission.rs`,
 * `subnet_emissions.rs` (`get_shares`), `run_coinbase.rs` (`get_subnet_terms`, `emit_to_subnets`),
 * `block_step.rs` (`root_proportion`) and `stake_utils.rs` (`update_moving_price`): fixed-point values are
 * bigints of bits, U96F32/I96F32 with 32 fractional bits and U64F64 with 64, every product and quotient
 * truncated as `substrate_fixed` does. It reads nothing from the devnet's code: a test feeds it values read
 * through @polkadot/api and compares what the chain stored.
 */

const B32 = 1n << 32n;
const B64 = 1n << 64n;
const U64_MAX = B64 - 1n;

const mul = (a: bigint, b: bigint, frac: bigint) => (a * b) >> frac;
const quo = (a: bigint, b: bigint, frac: bigint) => (b === 0n ? 0n : (a << frac) / b);
const sub0 = (a: bigint, b: bigint) => (a > b ? a - b : 0n);
const int = (bits: bigint, frac: bigint) => (bits < 0n ? 0n : bits >> frac);

/** `get_block_emission_for_issuance`: 1 TAO halved at each point 21M·(1 − 2^−k). */
export function blockEmissionFor(issuance: bigint): bigint {
  const supply = 21_000_000_000_000_000n;
  if (issuance >= supply) return 0n;
  const ratio = quo(issuance << 32n, supply << 32n, 32n); // issuance / (2 · 10.5M TAO)
  const residual = quo(B32, B32 - ratio, 32n); // 1 / (1 − ratio) ≥ 1
  let halvings = 0n;
  while (residual >> 32n >= 1n << (halvings + 1n)) halvings++; // ⌊log2(residual)⌋
  const percentage = quo(B32, B32 << halvings, 32n);
  return int(percentage * 1_000_000_000n, 32n);
}

/** One subnet as the coinbase reads it at the parent block. */
export interface SubnetSnapshot {
  readonly netuid: number;
  /** `SubnetMovingPrice`, I96F32 bits. */
  readonly movingPrice: bigint;
  /** `MinerBurned`, U96F32 bits. */
  readonly minerBurned: bigint;
  readonly emissionEnabled: boolean;
  readonly ownerCutEnabled: boolean;
  readonly subnetTao: bigint;
  readonly alphaIn: bigint;
  readonly alphaOut: bigint;
}

/** The chain at the parent block: globals and the emitting subnets (dynamic, started, in netuid order). */
export interface ChainSnapshot {
  readonly totalIssuance: bigint;
  /** `SubnetTAO[0]`: root stake. */
  readonly rootTao: bigint;
  /** `TaoWeight` (u64 fraction of u64::MAX). */
  readonly taoWeight: bigint;
  /** `SubnetOwnerCut` (u16 fraction of u16::MAX). */
  readonly ownerCut: number;
  readonly subnets: readonly SubnetSnapshot[];
}

/** What the block does to one subnet (rao). */
export interface SubnetExpectation {
  /** The subnet's share of the block's TAO: `taoIn + excessTao` up to the dust recycled. */
  readonly taoIn: bigint;
  readonly excessTao: bigint;
  readonly alphaIn: bigint;
  readonly alphaOut: bigint;
  readonly ownerCut: bigint;
  readonly server: bigint;
  readonly validator: bigint;
  /** Added to `PendingRootAlphaDivs` when the network sells root alpha, else recycled. */
  readonly root: bigint;
  readonly rootSell: boolean;
}

/** The block's expected coinbase: per subnet, and the TAO minted and recycled. */
export interface BlockExpectation {
  readonly minted: bigint;
  readonly recycled: bigint;
  readonly subnets: Map<number, SubnetExpectation>;
}

/** `root_proportion` (U96F32 bits) for an alpha issuance. */
function rootProportion(s: ChainSnapshot, alphaIssuance: bigint): bigint {
  const weight = mul(s.rootTao << 32n, quo(s.taoWeight << 32n, U64_MAX << 32n, 32n), 32n);
  return quo(weight, weight + (alphaIssuance << 32n), 32n);
}

/** The coinbase of the block after `s`. */
export function expectBlock(s: ChainSnapshot): BlockExpectation {
  const emission = blockEmissionFor(s.totalIssuance);
  const room = 21_000_000_000_000_000n - s.totalIssuance;
  const minted = emission < room ? emission : room;
  // Shares: moving price over the sum, weighted by 1 − MinerBurned, renormalized (U64F64).
  const prices = s.subnets.map((n) => (n.movingPrice < 0n ? 0n : n.movingPrice << 32n));
  const priceSum = prices.reduce((a, b) => a + b, 0n);
  const priceShares = prices.map((p) => quo(p, priceSum, 64n));
  const weighted = s.subnets.map((n, i) => {
    const burned = n.minerBurned << 32n;
    return mul(priceShares[i]!, sub0(B64, burned < B64 ? burned : B64), 64n);
  });
  const weightSum = weighted.reduce((a, b) => a + b, 0n);
  let shares = weightSum > 0n ? weighted.map((w) => quo(w, weightSum, 64n)) : priceShares;
  if (s.subnets.some((n) => !n.emissionEnabled)) {
    const enabledSum = shares.reduce((a, x, i) => (s.subnets[i]!.emissionEnabled ? a + x : a), 0n);
    shares = shares.map((x, i) =>
      s.subnets[i]!.emissionEnabled && enabledSum > 0n ? quo(x, enabledSum, 64n) : 0n,
    );
  }
  const rootSell = prices.reduce((a, b) => a + b, 0n) > B64;
  const cut = quo(BigInt(s.ownerCut) << 32n, 65_535n << 32n, 32n);
  const out = new Map<number, SubnetExpectation>();
  let spent = 0n;
  s.subnets.forEach((n, i) => {
    const taoEmission = mul(minted << 64n, shares[i]!, 64n) >> 32n; // U64F64 → U96F32
    const issuance = n.alphaIn + n.alphaOut;
    const alphaEmission = blockEmissionFor(issuance) << 32n;
    const price = quo(n.subnetTao, n.alphaIn, 64n) >> 32n; // U64F64 price → U96F32
    let taoIn = taoEmission;
    let alphaIn = quo(taoEmission, price, 32n);
    const cap = mul(rootProportion(s, issuance), alphaEmission, 32n);
    if (alphaIn > cap) {
      alphaIn = cap;
      taoIn = mul(alphaIn, price, 32n);
    }
    const excess = int(sub0(taoEmission, taoIn), 32n);
    spent += excess + int(taoIn, 32n);
    // The alpha side, with the root proportion after this block's injection and alpha_out mint.
    let alphaOut = alphaEmission;
    let ownerCut = 0n;
    if (n.ownerCutEnabled) {
      ownerCut = mul(alphaOut, cut, 32n);
      alphaOut = sub0(alphaOut, ownerCut);
    }
    const rootAlpha = mul(
      mul(rootProportion(s, issuance + int(alphaIn, 32n) + int(alphaEmission, 32n)), alphaOut, 32n),
      B32 / 2n,
      32n,
    );
    const server = mul(alphaOut, B32 / 2n, 32n);
    out.set(n.netuid, {
      taoIn: int(taoIn, 32n),
      excessTao: excess,
      alphaIn: int(alphaIn, 32n),
      alphaOut: int(alphaEmission, 32n),
      ownerCut: int(ownerCut, 32n),
      server: int(server, 32n),
      validator: int(sub0(sub0(alphaOut, server), rootAlpha), 32n),
      root: int(rootAlpha, 32n),
      rootSell,
    });
  });
  return { minted, recycled: minted - spent, subnets: out };
}

/**
 * `update_moving_price` (I96F32 bits in and out) at `blocksSinceStart` blocks after `start_call`, with the
 * pool's price after the block (U64F64 bits).
 */
export function nextMovingPrice(
  moving: bigint,
  priceBits: bigint,
  blocksSinceStart: bigint,
  halvingBlocks: bigint,
  movingAlpha: bigint,
): bigint {
  const b = blocksSinceStart << 64n;
  const alpha = mul(movingAlpha << 32n, quo(b, b + (halvingBlocks << 64n), 64n), 64n);
  const price = priceBits < B64 ? priceBits : B64;
  return (mul(alpha, price, 64n) + mul(sub0(B64, alpha), moving << 32n, 64n)) >> 32n;
}
