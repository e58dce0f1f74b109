import type { Codec } from '@polkadot/types/types';
import { bigintOf } from '../codec-values.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { addressArgument, deadlineArgument } from '../validate-arguments.js';
import type { RootClaimType } from './set-root-claim-type.js';

/**
 * Parameters of {@link getRootClaims}.
 *
 * @example
 * const parameters: GetRootClaimsParameters = { coldkey: me.address };
 */
export type GetRootClaimsParameters = { coldkey: string } & ReadOptions;

/**
 * Root dividends a coldkey can claim through one hotkey on one subnet.
 *
 * @example
 * const claim: RootClaim = { hotkey: validator.address, netuid: 1, owed: 820_000n };
 */
export type RootClaim = {
  readonly hotkey: string;
  readonly netuid: number;
  /** Alpha of `netuid` owed now (before the subnet's claim threshold), in rao units. */
  readonly owed: bigint;
};

/**
 * Result of {@link getRootClaims}.
 *
 * @example
 * const { claimType, claims }: GetRootClaimsReturnType = await getRootClaims(client, { coldkey });
 */
export type GetRootClaimsReturnType = {
  readonly claimType: RootClaimType;
  /** One entry per hotkey and subnet with something owed, by netuid. */
  readonly claims: readonly RootClaim[];
};

type ClaimTypeJson = { swap: null } | { keep: null } | { keepSubnets: { subnets: number[] } };

/**
 * A coldkey's root claim type and what it is owed, as `claim_root` computes it: for each hotkey it stakes to, the
 * hotkey's claimable rate (`RootClaimable`, `I96F32`) × the coldkey's root stake, less `RootClaimed`, floored.
 *
 * @example
 * const { claims } = await getRootClaims(client, { coldkey: me.address });
 * const netuids = claims.map((c) => c.netuid);
 */
export async function getRootClaims(
  client: SubtensorClient,
  parameters: GetRootClaimsParameters,
): Promise<GetRootClaimsReturnType> {
  const coldkey = addressArgument('coldkey', parameters.coldkey);
  return readChain(
    client,
    'SubtensorModule.RootClaimable',
    async (api) => {
      const q = api.query.subtensorModule;
      const [type, hotkeys] = await Promise.all([q.rootClaimType(coldkey), q.stakingHotkeys(coldkey)]);
      const claims: RootClaim[] = [];
      for (const hotkey of hotkeys.toJSON() as string[]) {
        const info = (await api.call.stakeInfoRuntimeApi.getStakeInfoForHotkeyColdkeyNetuid(
          hotkey,
          coldkey,
          0,
        )) as Codec & { isNone: boolean; unwrap(): Codec & { stake: Codec } };
        const rootStake = info.isNone ? 0n : bigintOf(info.unwrap().stake);
        const rates = (await q.rootClaimable(hotkey)).toJSON() as Record<string, { bits: number | string }>;
        for (const [key, rate] of Object.entries(rates)) {
          const netuid = Number(key);
          const claimed = bigintOf(await q.rootClaimed(netuid, hotkey, coldkey));
          const owedBits = BigInt(rate.bits) * rootStake - (claimed << 32n);
          if (owedBits >= 1n << 32n) claims.push({ hotkey, netuid, owed: owedBits >> 32n });
        }
      }
      claims.sort((a, b) => a.netuid - b.netuid);
      const json = type.toJSON() as ClaimTypeJson;
      const claimType: RootClaimType =
        'keepSubnets' in json ? { keepSubnets: json.keepSubnets.subnets } : 'keep' in json ? 'keep' : 'swap';
      return { claimType, claims };
    },
    deadlineArgument(parameters.deadlineMs),
  );
}
