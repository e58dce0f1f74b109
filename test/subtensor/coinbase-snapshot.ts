/** Reads what `coinbase-reference.ts` needs through @polkadot/api at a block, in one `queryMulti`. */
import type { ApiPromise } from '@polkadot/api';
import type { ChainSnapshot, SubnetSnapshot } from './coinbase-reference.js';

type Query = ApiPromise['query']['subtensorModule'];
/** `{ bits }` of a fixed-point struct, as @polkadot/api decodes it. */
export const bits = (v: unknown): bigint => (v as { bits: { toBigInt(): bigint } }).bits.toBigInt();
const big = (v: unknown): bigint => (v as { toBigInt(): bigint }).toBigInt();
const bool = (v: unknown): boolean => (v as { isTrue: boolean }).isTrue;

/** Reads the emitting subnets `netuids` (started, dynamic) and the globals at block `hash`. */
export async function readSnapshot(
  api: ApiPromise,
  hash: string,
  netuids: readonly number[],
): Promise<ChainSnapshot> {
  const at = await api.at(hash);
  const q: Query = at.query.subtensorModule;
  const perSubnet = (n: number) =>
    [
      [q.subnetMovingPrice, n],
      [q.minerBurned, n],
      [q.subnetEmissionEnabled, n],
      [q.ownerCutEnabled, n],
      [q.subnetTAO, n],
      [q.subnetAlphaIn, n],
      [q.subnetAlphaOut, n],
    ] as const;
  const values = await at.queryMulti([
    q.totalIssuance,
    [q.subnetTAO, 0],
    q.taoWeight,
    q.subnetOwnerCut,
    ...netuids.flatMap(perSubnet),
  ] as Parameters<typeof at.queryMulti>[0]);
  const [issuance, rootTao, taoWeight, ownerCut, ...rest] = values;
  const subnets: SubnetSnapshot[] = netuids.map((netuid, i) => {
    const [mp, mb, ee, oc, tao, ain, aout] = rest.slice(i * 7, i * 7 + 7);
    return {
      netuid,
      movingPrice: bits(mp),
      minerBurned: bits(mb),
      emissionEnabled: bool(ee),
      ownerCutEnabled: bool(oc),
      subnetTao: big(tao),
      alphaIn: big(ain),
      alphaOut: big(aout),
    };
  });
  return {
    totalIssuance: big(issuance),
    rootTao: big(rootTao),
    taoWeight: big(taoWeight),
    ownerCut: Number(big(ownerCut)),
    subnets,
  };
}
