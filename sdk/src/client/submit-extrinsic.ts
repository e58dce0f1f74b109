import type { ApiPromise, SubmittableResult } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import { SdkError } from '../errors/sdk-error.js';
import { beforeDeadline } from './before-deadline.js';
import type { SubtensorClient } from './create-subtensor-client.js';
import { dispatchErrorOf, palletName } from './decode-dispatch-error.js';
import { type SignerLike, toPolkadotSigner, toSigner } from './polkadot-signer.js';
import { readChain, waitConnected } from './read-chain.js';
import { toSubmissionError } from './submission-error.js';
import { deadlineArgument } from './validate-arguments.js';

/**
 * An event of an included extrinsic, with its pallet and name as the metadata spells them.
 *
 * @example
 * const added = result.events.find((e) => e.pallet === 'SubtensorModule' && e.name === 'NetworkAdded');
 * const netuid = Number(added?.data[0]);
 */
export type ChainEvent = {
  /** Pallet name (`SubtensorModule`, `Balances`, `System` …). */
  readonly pallet: string;
  /** Event name (`WeightsSet`, `Transfer` …). */
  readonly name: string;
  /** The event's fields as JSON (numbers, hex strings, SS58 addresses). */
  readonly data: readonly unknown[];
};

/**
 * When a submission counts as done: included in a block (`inBlock`, the default) or in a finalized block.
 *
 * @example
 * await transfer(client, { signer, to, amount, waitFor: 'finalized' });
 */
export type WaitFor = 'inBlock' | 'finalized';

/**
 * Options every submitting action accepts besides its own parameters.
 *
 * @example
 * const options: SubmitOptions = { signer: createKeypair({ uri: '//Alice' }), waitFor: 'finalized', deadlineMs: 30_000 };
 */
export type SubmitOptions = {
  /** Who signs: a hotkey or coldkey {@link Signer}, or a {@link Keypair} with its secret. */
  signer: SignerLike;
  /** Wait for inclusion (`inBlock`, default) or finalization. */
  waitFor?: WaitFor;
  /** Deadline of this call in ms; default the client's. */
  deadlineMs?: number;
};

/**
 * Parameters of {@link submitExtrinsic}: the call to sign, built from the client's api.
 *
 * @example
 * const parameters: SubmitExtrinsicParameters = {
 *   signer,
 *   call: (api) => api.tx.balances.transferKeepAlive(to, 1_000_000_000n),
 * };
 */
export type SubmitExtrinsicParameters = SubmitOptions & {
  /** Builds the extrinsic from `client.api`, e.g. `(api) => api.tx.subtensorModule.startCall(netuid)`. */
  call: (api: ApiPromise) => SubmittableExtrinsic<'promise'>;
};

/**
 * What a successful submission did: where it landed and its events.
 *
 * @example
 * const { block, events } = await submitExtrinsic(client, { signer, call });
 * console.log(block, events.map((e) => `${e.pallet}.${e.name}`));
 */
export type SubmitExtrinsicReturnType = {
  /** Hash of the block that included it. */
  readonly blockHash: string;
  /** Number of that block. */
  readonly block: number;
  /** The extrinsic's hash. */
  readonly txHash: string;
  /** Its events, `System.ExtrinsicSuccess` included. */
  readonly events: readonly ChainEvent[];
};

/**
 * The one submission path of the SDK: takes the signer's next nonce (consecutive for concurrent calls), signs,
 * submits, and resolves when the extrinsic is in a block (or finalized). A failed dispatch rejects with a
 * {@link ChainCallError} named as subtensor names it; pool rejections with `SDK_TX_STALE_NONCE`,
 * `SDK_TX_PAYMENT`, `SDK_TX_BAD_SIGNATURE`, `SDK_TX_INVALID`; a dropped or replaced transaction with
 * `SDK_TX_DROPPED`; a lost connection with `SDK_CONNECTION_LOST` (the extrinsic may still land); the deadline
 * with `SDK_DEADLINE_EXCEEDED`. Any failure before inclusion resyncs the signer's nonce from the chain.
 *
 * @example
 * const alice = createKeypair({ uri: '//Alice' });
 * const { block } = await submitExtrinsic(client, {
 *   signer: alice,
 *   call: (api) => api.tx.sudo.sudo(api.tx.adminUtils.sudoSetTempo(1, 10)),
 * });
 */
export async function submitExtrinsic(
  client: SubtensorClient,
  parameters: SubmitExtrinsicParameters,
): Promise<SubmitExtrinsicReturnType> {
  const signer = toSigner(parameters.signer);
  const waitFor = parameters.waitFor ?? 'inBlock';
  if (waitFor !== 'inBlock' && waitFor !== 'finalized') {
    throw new SdkError(
      'SDK_INVALID_ARGUMENT',
      `\`waitFor\` must be 'inBlock' or 'finalized', got ${String(waitFor)}.`,
    );
  }
  const deadlineMs = deadlineArgument(parameters.deadlineMs) ?? client.deadlineMs;
  const until = Date.now() + deadlineMs;
  const { api, nonces } = client;
  const tx = parameters.call(api);
  const what = `${palletName(tx.method.section)}.${tx.method.method}`;
  const late = () =>
    new SdkError('SDK_DEADLINE_EXCEEDED', `${what} could not be signed and sent within ${deadlineMs} ms.`);
  await waitConnected(client, until);
  const nonce = await nonces.next(signer.address, async () =>
    (
      await readChain(
        client,
        'system_accountNextIndex',
        (a) => a.rpc.system.accountNextIndex(signer.address),
        Math.max(1, until - Date.now()),
      )
    ).toNumber(),
  );
  try {
    await beforeDeadline(
      tx.signAsync(signer.address, { signer: toPolkadotSigner(signer), nonce }),
      until,
      late,
    );
  } catch (error) {
    nonces.reset(signer.address);
    throw toSubmissionError(error, what);
  }

  return new Promise((resolve, reject) => {
    let unsubscribe: (() => void) | undefined;
    let done = false;
    const finish = (outcome: SdkError | SubmitExtrinsicReturnType) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      api.off('disconnected', onDisconnected);
      unsubscribe?.();
      if (outcome instanceof SdkError) {
        if (outcome.code !== 'SDK_CHAIN_CALL_FAILED') nonces.reset(signer.address);
        reject(outcome);
      } else resolve(outcome);
    };
    const timer = setTimeout(
      () =>
        finish(
          new SdkError(
            'SDK_DEADLINE_EXCEEDED',
            `${what} was not ${waitFor === 'inBlock' ? 'included' : 'finalized'} within ${deadlineMs} ms.`,
            {
              details: `tx ${tx.hash.toHex()}; it may still land`,
            },
          ),
        ),
      Math.max(0, until - Date.now()),
    );
    const onDisconnected = () =>
      finish(
        new SdkError('SDK_CONNECTION_LOST', `${what}: the connection dropped before inclusion.`, {
          details: `tx ${tx.hash.toHex()}; it may still land — check the signer's nonce or the chain`,
        }),
      );
    api.once('disconnected', onDisconnected);
    const onStatus = (result: SubmittableResult) => {
      const { status } = result;
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        finish(new SdkError('SDK_TX_DROPPED', `${what}: the transaction pool dropped it (${status.type}).`));
        return;
      }
      const included = waitFor === 'inBlock' ? status.isInBlock : false;
      if (!included && !status.isFinalized) return;
      const blockHash = (status.isInBlock ? status.asInBlock : status.asFinalized).toHex();
      const where = { blockHash, block: result.blockNumber?.toNumber() ?? 0 };
      const failed = dispatchErrorOf(api, result.dispatchError, result.events, where);
      finish(
        failed ?? {
          ...where,
          txHash: tx.hash.toHex(),
          events: result.events.map(({ event }) => ({
            pallet: palletName(event.section),
            name: event.method,
            data: event.data.toJSON() as unknown[],
          })),
        },
      );
    };
    tx.send(onStatus).then(
      (unsub) => {
        if (done) unsub();
        else unsubscribe = unsub;
      },
      (error: unknown) => finish(toSubmissionError(error, what)),
    );
  });
}
