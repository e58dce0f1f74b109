/**
 * subtensor's dividend payout, written out for the tests from `coinbase/run_coinbase.rs`
 * (`get_parent_child_dividends_distribution`, `calculate_dividend_distribution`,
 * `distribute_dividends_and_incentives`), in U96F32 (32 fractional bits).
 */

const ONE = 1n << 32n;
const U64_MAX = (1n << 64n) - 1n;
/** `U96F32(n) / U96F32(d)` as bits. */
const div = (n: bigint, d: bigint) => (d === 0n ? 0n : (n * ONE) / d);
/** U96F32 × U96F32 (bits). */
const mul = (a: bigint, b: bigint) => (a * b) / ONE;
const sat = (a: bigint, b: bigint) => (a > b ? a - b : 0n);

/**
 * `(take staked to the owner's coldkey, rest added to the hotkey's pool)` of a dividend given as U96F32 bits,
 * at `take` (u16).
 */
export function delegateTakeSplit(dividendBits: bigint, take: number): { take: bigint; rest: bigint } {
  const takeBits = mul(div(BigInt(take), 65_535n), dividendBits);
  return { take: takeBits / ONE, rest: sat(dividendBits, takeBits) / ONE };
}

/**
 * `calculate_dividend_distribution`: each hotkey's dividend (rao) split by its stakes into an alpha and a root
 * part, then `pendingAlpha` and `pendingRoot` handed out in proportion to those parts; U96F32 bits per hotkey.
 */
export function dividendDistribution(
  hotkeys: readonly { dividend: bigint; stakes: Stakes }[],
  pendingAlpha: bigint,
  pendingRoot: bigint,
  taoWeight: bigint,
): { alpha: bigint[]; root: bigint[] } {
  const tw = div(taoWeight, U64_MAX);
  const parts = hotkeys.map(({ dividend, stakes }) => {
    const rootAlpha = mul(stakes.root * ONE, tw);
    const rootDivs = mul(dividend * ONE, div(rootAlpha, stakes.alpha * ONE + rootAlpha));
    return { rootDivs, alphaDivs: sat(dividend * ONE, rootDivs) };
  });
  const totalRoot = parts.reduce((a, p) => a + p.rootDivs, 0n);
  const totalAlpha = parts.reduce((a, p) => a + p.alphaDivs, 0n);
  return {
    alpha: parts.map((p) => mul(pendingAlpha * ONE, div(p.alphaDivs, totalAlpha))),
    root: parts.map((p) => mul(pendingRoot * ONE, div(p.rootDivs, totalRoot))),
  };
}

/** A hotkey's stakes for the reference: alpha on the subnet and on root. */
export interface Stakes {
  alpha: bigint;
  root: bigint;
}

/**
 * `get_parent_child_dividends_distribution` for a child with `own` stakes, the proportions it gives its
 * own children, and parents `(stakes, proportion, same owner?)`: what each parent gets, then the child.
 */
export function parentChildSplit(
  dividend: bigint,
  child: { own: Stakes; childProportions: bigint[]; childkeyTake: number },
  parents: { stakes: Stakes; proportion: bigint; sameOwner: boolean }[],
  taoWeight: bigint,
): bigint[] {
  const tw = div(taoWeight, U64_MAX);
  let remainingProportion = ONE;
  for (const p of child.childProportions) remainingProportion = sat(remainingProportion, div(p, U64_MAX));
  const selfContribution =
    (child.own.alpha * remainingProportion + mul(child.own.root * remainingProportion, tw)) / ONE;
  let total = selfContribution * ONE;
  const contributions = parents.map(({ stakes, proportion }) => {
    const pp = div(proportion, U64_MAX);
    const c = stakes.alpha * pp + mul(stakes.root * pp, tw);
    total += c;
    return c;
  });
  const takeProportion = div(BigInt(child.childkeyTake), 65_535n);
  let remaining = dividend * ONE;
  let childTakes = 0n;
  const out = parents.map(({ sameOwner }, i) => {
    let emission = mul(dividend * ONE, div(contributions[i] ?? 0n, total));
    remaining = sat(remaining, emission);
    if (!sameOwner) {
      const take = mul(takeProportion, emission);
      emission = sat(emission, take);
      childTakes += take;
    }
    return emission / ONE;
  });
  return [...out, (remaining + childTakes) / ONE];
}
