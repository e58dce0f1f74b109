import { u8aToHex } from '@polkadot/util';
import { timelockEncrypt } from '@subnetkit/drand';
import { rawField, revealPlaintext } from '../../commitments/commitment-field.js';
import { SdkError } from '../../errors/sdk-error.js';
import { bigintOf } from '../codec-values.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { readChain } from '../read-chain.js';
import { roundsPerBlock } from '../read-timelock-schedule.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { u16Argument, u64Argument } from '../validate-arguments.js';

/**
 * When a timelocked commitment opens: at drand round `round`, or about `inBlocks` blocks from now.
 *
 * @example
 * const reveal: CommitmentReveal = { inBlocks: 360 };
 */
export type CommitmentReveal = { readonly round: bigint | number } | { readonly inBlocks: number };

/**
 * Parameters of {@link setCommitment}.
 *
 * @example
 * const parameters: SetCommitmentParameters = { signer: hotkey, netuid: 1, data: 'hf.co/me/model' };
 */
export type SetCommitmentParameters = SubmitOptions & {
  netuid: number;
  /** What to publish: text (UTF-8) or bytes, at most 512 bytes (1,024 encrypted when timelocked). */
  data: string | Uint8Array;
  /** Timelock the data: the chain keeps it encrypted and reveals it into `RevealedCommitments` at that round. */
  reveal?: CommitmentReveal;
  /** Add subtensor's `ResetBondsFlag`: where the subnet has `BondsResetOn`, validators' bonds to you are reset. */
  resetBonds?: boolean;
  /** Seconds per block to assume before the chain has stored any drand pulse (for `reveal.inBlocks`). Default 12. */
  fallbackBlockTime?: number;
};

/**
 * What {@link setCommitment} sent: where it landed and, for a timelocked one, its round and expected reveal block.
 *
 * @example
 * const { revealRound } = await setCommitment(client, { signer, netuid: 1, data: 'v2', reveal: { inBlocks: 10 } });
 */
export type SetCommitmentReturnType = SubmitExtrinsicReturnType & {
  /** The drand round a timelocked commitment is locked to (undefined for a plain one). */
  readonly revealRound: bigint | undefined;
  /** About when the chain reveals it: the block after the round's pulse is stored. */
  readonly expectedRevealBlock: bigint | undefined;
};

/** The timelocked field, its round and expected reveal block: the beacon key and pulse rate read at the head. */
async function timelockedField(
  client: SubtensorClient,
  parameters: SetCommitmentParameters,
  reveal: CommitmentReveal,
) {
  const bytes =
    typeof parameters.data === 'string' ? new TextEncoder().encode(parameters.data) : parameters.data;
  return readChain(
    client,
    'Drand.BeaconConfig',
    async (api) => {
      const header = await api.rpc.chain.getHeader();
      const at = await api.at(header.hash);
      const [last, config] = await Promise.all([
        at.query.drand.lastStoredRound(),
        at.query.drand.beaconConfig(),
      ]);
      const lastStored = bigintOf(last);
      const beacon = config.toJSON() as { publicKey: `0x${string}`; period: number };
      const head = header.number.toBigInt();
      const rate = await roundsPerBlock(
        api,
        head,
        lastStored,
        beacon.period,
        parameters.fallbackBlockTime ?? 12,
      );
      const round =
        'round' in reveal
          ? u64Argument('reveal.round', reveal.round)
          : lastStored + BigInt(Math.ceil(blocksArgument(reveal.inBlocks) * rate));
      const blocksToPulse = round > lastStored ? BigInt(Math.ceil(Number(round - lastStored) / rate)) : 0n;
      const encrypted = timelockEncrypt({
        plaintext: revealPlaintext(bytes),
        round,
        publicKey: beacon.publicKey,
      });
      return {
        field: { TimelockEncrypted: { encrypted: u8aToHex(encrypted), reveal_round: round } },
        round,
        expectedRevealBlock: head + blocksToPulse + 1n,
      };
    },
    parameters.deadlineMs,
  );
}

function blocksArgument(value: number): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new SdkError(
      'SDK_INVALID_ARGUMENT',
      `\`reveal.inBlocks\` must be a whole number ≥ 0, got ${value}.`,
    );
  }
  return value;
}

/**
 * Publishes the signer's (a registered hotkey's) commitment on `netuid` (`Commitments.set_commitment`, a free call):
 * `data` as one raw field, or timelock-encrypted to the chain's drand beacon (`reveal`) so the chain reveals it
 * itself at that round, in the format of bittensor's `set_reveal_commitment` (the data SCALE-encoded, so
 * bittensor's readers decode the reveal). A new commitment replaces the hotkey's last.
 * A refusal throws a `ChainCallError` (`AccountNotAllowedCommit`, `SpaceLimitExceeded`).
 *
 * @example
 * await setCommitment(client, { signer: hotkey, netuid: 1, data: 'hf.co/me/model@v2' });
 * const sealed = await setCommitment(client, { signer: hotkey, netuid: 1, data: 'secret', reveal: { inBlocks: 20 } });
 * console.log(`revealed around block ${sealed.expectedRevealBlock}`);
 */
export async function setCommitment(
  client: SubtensorClient,
  parameters: SetCommitmentParameters,
): Promise<SetCommitmentReturnType> {
  const netuid = u16Argument('netuid', parameters.netuid);
  const timelocked =
    parameters.reveal === undefined
      ? undefined
      : await timelockedField(client, parameters, parameters.reveal);
  const fields: object[] = [timelocked?.field ?? rawField(parameters.data)];
  if (parameters.resetBonds === true) fields.push({ ResetBondsFlag: null });
  const result = await submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.commitments.setCommitment(netuid, { fields }),
  });
  return { ...result, revealRound: timelocked?.round, expectedRevealBlock: timelocked?.expectedRevealBlock };
}
