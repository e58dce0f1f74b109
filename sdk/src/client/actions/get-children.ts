import type { Codec } from '@polkadot/types/types';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { addressArgument, deadlineArgument, u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link getChildren}.
 *
 * @example
 * const parameters: GetChildrenParameters = { hotkey: parent.address, netuid: 1 };
 */
export type GetChildrenParameters = { hotkey: string; netuid: number } & ReadOptions;

/**
 * One parent→child link: the other hotkey and its proportion of `u64::MAX`.
 *
 * @example
 * const half: ChildLink = { hotkey: child.address, proportion: FULL_PROPORTION / 2n };
 */
export type ChildLink = { readonly hotkey: string; readonly proportion: bigint };

/**
 * Result of {@link getChildren}.
 *
 * @example
 * const { children, parents, pending }: GetChildrenReturnType = await getChildren(client, { hotkey, netuid: 1 });
 */
export type GetChildrenReturnType = {
  /** `ChildKeys`: the children in effect. */
  readonly children: readonly ChildLink[];
  /** `ParentKeys`: the hotkeys this one is a child of. */
  readonly parents: readonly ChildLink[];
  /** `PendingChildKeys`: scheduled children and the block after which they apply, if any. */
  readonly pending: { readonly children: readonly ChildLink[]; readonly coolDownBlock: bigint } | undefined;
};

const links = (codec: Codec): ChildLink[] =>
  (codec.toJSON() as [number | string, string][]).map(([p, hotkey]) => ({ hotkey, proportion: BigInt(p) }));

/**
 * A hotkey's child hotkeys, parents and pending children on a subnet.
 *
 * @example
 * const { children } = await getChildren(client, { hotkey: parent.address, netuid: 1 });
 */
export async function getChildren(
  client: SubtensorClient,
  parameters: GetChildrenParameters,
): Promise<GetChildrenReturnType> {
  const hotkey = addressArgument('hotkey', parameters.hotkey);
  const netuid = u16Argument('netuid', parameters.netuid);
  return readChain(
    client,
    'SubtensorModule.ChildKeys',
    async (api) => {
      const q = api.query.subtensorModule;
      const [children, parents, pending] = await Promise.all([
        q.childKeys(hotkey, netuid),
        q.parentKeys(hotkey, netuid),
        q.pendingChildKeys(netuid, hotkey),
      ]);
      const [scheduled, coolDown] = pending.toJSON() as [[number | string, string][], number | string];
      return {
        children: links(children),
        parents: links(parents),
        pending:
          scheduled.length === 0 && BigInt(coolDown) === 0n
            ? undefined
            : {
                children: scheduled.map(([p, h]) => ({ hotkey: h, proportion: BigInt(p) })),
                coolDownBlock: BigInt(coolDown),
              },
      };
    },
    deadlineArgument(parameters.deadlineMs),
  );
}
