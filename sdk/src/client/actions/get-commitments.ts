import { hexToU8a } from '@polkadot/util';
import {
  type CommitmentField,
  fieldFromJson,
  printableText,
  revealedData,
} from '../../commitments/commitment-field.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { type ReadOptions, readChain } from '../read-chain.js';
import { ensureSubnet } from '../subnet-exists.js';
import { addressArgument, deadlineArgument, u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link getCommitments}.
 *
 * @example
 * const parameters: GetCommitmentsParameters = { netuid: 1, hotkey: '5F…' };
 */
export type GetCommitmentsParameters = {
  netuid: number;
  /** Only this hotkey's (SS58); default every hotkey with a commitment or a revealed one. */
  hotkey?: string;
} & ReadOptions;

/**
 * A timelocked field the chain has revealed, with the block it did.
 *
 * @example
 * const { text, block }: RevealedCommitment = commitment.revealed[0];
 */
export type RevealedCommitment = {
  /** The revealed data (its SCALE length prefix removed, as bittensor's `set_reveal_commitment` adds one). */
  readonly bytes: Uint8Array;
  /** The bytes as text, when they are printable UTF-8. */
  readonly text: string | undefined;
  readonly block: bigint;
};

/**
 * A hotkey's commitment on a subnet: its current fields (`CommitmentOf`, absent once every field was timelocked
 * and revealed) and what the chain has revealed of its timelocked fields (`RevealedCommitments`, the last 10).
 *
 * @example
 * const mine: HotkeyCommitment | undefined = (await getCommitments(client, { netuid: 1, hotkey }))[0];
 */
export type HotkeyCommitment = {
  /** SS58. */
  readonly hotkey: string;
  /** The block of its last `set_commitment` (undefined when only reveals are left). */
  readonly block: bigint | undefined;
  readonly fields: readonly CommitmentField[];
  readonly revealed: readonly RevealedCommitment[];
};

type Registration = { block: number; info: { fields: unknown[] } };

/**
 * The commitments published on `netuid` (`Commitments.CommitmentOf` and `RevealedCommitments`), by hotkey, with
 * raw and revealed data decoded as text where it is printable.
 *
 * @example
 * for (const c of await getCommitments(client, { netuid: 1 })) {
 *   console.log(c.hotkey, c.fields.map((f) => (f.kind === 'raw' ? f.text : f.kind)), c.revealed.map((r) => r.text));
 * }
 */
export async function getCommitments(
  client: SubtensorClient,
  parameters: GetCommitmentsParameters,
): Promise<HotkeyCommitment[]> {
  const netuid = u16Argument('netuid', parameters.netuid);
  const hotkey = parameters.hotkey === undefined ? undefined : addressArgument('hotkey', parameters.hotkey);
  return readChain(
    client,
    'Commitments.CommitmentOf',
    async (api) => {
      await ensureSubnet(api, netuid);
      const q = api.query.commitments;
      const [registrations, reveals] = await Promise.all(
        [q.commitmentOf, q.revealedCommitments].map(async (item) =>
          hotkey === undefined
            ? (await item.entries(netuid)).map(([key, value]) => [key.args[1]!.toString(), value.toJSON()])
            : [[hotkey, (await item(netuid, hotkey)).toJSON()]],
        ),
      );
      const byHotkey = new Map<string, { registration?: Registration; revealed?: [string, number][] }>();
      for (const [who, json] of registrations!) {
        if (json !== null) byHotkey.set(String(who), { registration: json as Registration });
      }
      for (const [who, json] of reveals!) {
        if (json === null) continue;
        byHotkey.set(String(who), { ...byHotkey.get(String(who)), revealed: json as [string, number][] });
      }
      return [...byHotkey].map(([who, { registration, revealed }]) => ({
        hotkey: who,
        block: registration === undefined ? undefined : BigInt(registration.block),
        fields: (registration?.info.fields ?? []).map(fieldFromJson),
        revealed: (revealed ?? []).map(([hex, block]) => {
          const bytes = revealedData(hexToU8a(hex));
          return { bytes, text: printableText(bytes), block: BigInt(block) };
        }),
      }));
    },
    deadlineArgument(parameters.deadlineMs),
  );
}
