import { bigintOf } from '../codec-values.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { addressArgument, deadlineArgument } from '../validate-arguments.js';

/**
 * Parameters of {@link getColdkeySwapStatus}.
 *
 * @example
 * const parameters: GetColdkeySwapStatusParameters = { coldkey: coldkey.address };
 */
export type GetColdkeySwapStatusParameters = { coldkey: string } & ReadOptions;

/**
 * A coldkey's swap state.
 *
 * @example
 * const status: ColdkeySwapStatus = { block: 10, announcement: undefined, disputedAt: undefined, delay: 36_000, reannouncementDelay: 7_200 };
 */
export type ColdkeySwapStatus = {
  /** The block read. */
  readonly block: number;
  /** The announced swap: the first block it may run at, and the new coldkey's hash. */
  readonly announcement: { readonly executableAt: number; readonly newColdkeyHash: string } | undefined;
  /** The block the swap was disputed at. */
  readonly disputedAt: number | undefined;
  /** `ColdkeySwapAnnouncementDelay` and `ColdkeySwapReannouncementDelay`, in blocks. */
  readonly delay: number;
  readonly reannouncementDelay: number;
};

/**
 * Reads a coldkey's announced swap and dispute (`ColdkeySwapAnnouncements`, `ColdkeySwapDisputes`) and the delays.
 *
 * @example
 * const { announcement } = await getColdkeySwapStatus(client, { coldkey: coldkey.address });
 */
export async function getColdkeySwapStatus(
  client: SubtensorClient,
  parameters: GetColdkeySwapStatusParameters,
): Promise<ColdkeySwapStatus> {
  const coldkey = addressArgument('coldkey', parameters.coldkey);
  return readChain(
    client,
    'SubtensorModule.ColdkeySwapAnnouncements',
    async (api) => {
      const q = api.query.subtensorModule;
      const [header, announced, disputed, delay, reannouncement] = await Promise.all([
        api.rpc.chain.getHeader(),
        q.coldkeySwapAnnouncements(coldkey),
        q.coldkeySwapDisputes(coldkey),
        q.coldkeySwapAnnouncementDelay(),
        q.coldkeySwapReannouncementDelay(),
      ]);
      const pair = announced.toJSON() as [number, string] | null;
      const disputedAt = disputed.toJSON() as number | null;
      return {
        block: header.number.toNumber(),
        announcement: pair === null ? undefined : { executableAt: pair[0], newColdkeyHash: pair[1] },
        disputedAt: disputedAt ?? undefined,
        delay: Number(bigintOf(delay)),
        reannouncementDelay: Number(bigintOf(reannouncement)),
      };
    },
    deadlineArgument(parameters.deadlineMs),
  );
}
