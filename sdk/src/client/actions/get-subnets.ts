import { bigintOf, numberOf, optionOf } from '../codec-values.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { deadlineArgument } from '../validate-arguments.js';

/** `Vec<Compact<u8>>` (as `toJSON` gives it) as UTF-8 text. */
const utf8Text = (bytes: readonly number[]) => new TextDecoder().decode(new Uint8Array(bytes));

/**
 * Parameters of {@link getSubnets}.
 *
 * @example
 * const parameters: GetSubnetsParameters = { deadlineMs: 10_000 };
 */
export type GetSubnetsParameters = ReadOptions;

/**
 * One subnet as `subnets list` shows it.
 *
 * @example
 * const [root, first]: readonly SubnetSummary[] = await getSubnets(client);
 */
export type SubnetSummary = {
  readonly netuid: number;
  /** The subnet's name: its identity's `subnetName`, else the chain's default name for the netuid (`get_dynamic_info`). */
  readonly name: string;
  /** Its token symbol (`TokenSymbol`: `α` for subnet 1 unless the owner changed it). */
  readonly symbol: string;
  /** Owner coldkey (`SubnetOwner`). */
  readonly owner: string;
  /** Owner hotkey, uid 0 at registration (`SubnetOwnerHotkey`). */
  readonly ownerHotkey: string;
  /** Registered neurons (`SubnetworkN`). */
  readonly n: number;
  /** `MaxAllowedUids`. */
  readonly maxUids: number;
  readonly tempo: number;
  /** Current burned-registration cost in rao. */
  readonly burn: bigint;
  /** Block the subnet was registered at. */
  readonly registeredAt: number;
  /** Block emission started at (`start_call`), `undefined` while it has not. */
  readonly firstEmissionBlock: number | undefined;
};

/**
 * Lists every subnet (root, netuid 0, included) with its name, token symbol, owner, size, tempo and burn, sorted by
 * netuid.
 *
 * @example
 * for (const subnet of await getSubnets(client)) console.log(subnet.netuid, subnet.symbol, subnet.name, subnet.n);
 */
export async function getSubnets(
  client: SubtensorClient,
  parameters: GetSubnetsParameters = {},
): Promise<readonly SubnetSummary[]> {
  return readChain(
    client,
    'SubtensorModule.NetworksAdded',
    async (api) => {
      const q = api.query.subtensorModule;
      const entries = await q.networksAdded.entries();
      const netuids = entries
        .filter(([, added]) => (added as unknown as { isTrue: boolean }).isTrue)
        .map(([key]) => numberOf(key.args[0]))
        .sort((a, b) => a - b);
      return Promise.all(
        netuids.map(async (netuid): Promise<SubnetSummary> => {
          const [info, owner, ownerHotkey, n, maxUids, tempo, burn, registeredAt, firstEmission] =
            await Promise.all([
              api.call.subnetInfoRuntimeApi.getDynamicInfo(netuid),
              q.subnetOwner(netuid),
              q.subnetOwnerHotkey(netuid),
              q.subnetworkN(netuid),
              q.maxAllowedUids(netuid),
              q.tempo(netuid),
              q.burn(netuid),
              q.networkRegisteredAt(netuid),
              q.firstEmissionBlockNumber(netuid),
            ]);
          const first = optionOf(firstEmission);
          const dynamic = optionOf(info)?.toJSON() as
            | { subnetName: number[]; tokenSymbol: number[] }
            | undefined;
          return {
            netuid,
            name: utf8Text(dynamic?.subnetName ?? []),
            symbol: utf8Text(dynamic?.tokenSymbol ?? []),
            owner: owner.toString(),
            ownerHotkey: ownerHotkey.toString(),
            n: numberOf(n),
            maxUids: numberOf(maxUids),
            tempo: numberOf(tempo),
            burn: bigintOf(burn),
            registeredAt: numberOf(registeredAt),
            firstEmissionBlock: first === undefined ? undefined : numberOf(first),
          };
        }),
      );
    },
    deadlineArgument(parameters.deadlineMs),
  );
}
