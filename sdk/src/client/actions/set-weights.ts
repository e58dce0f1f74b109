import { ChainCallError } from '../../errors/chain-call-error.js';
import { convertWeightsAndUidsForEmit } from '../../weights/convert-weights-and-uids-for-emit.js';
import {
  checkSetWeights,
  SET_WEIGHTS_ERRORS,
  type SetWeightsRejection,
  type SetWeightsRequest,
  type SetWeightsState,
} from '../check-set-weights.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { toSigner } from '../polkadot-signer.js';
import { readChain } from '../read-chain.js';
import { readSetWeightsState } from '../read-set-weights-state.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { u16Argument, u64Argument } from '../validate-arguments.js';
import { weightArguments } from '../weights-arguments.js';
import {
  type CommitTimelockedWeightsReturnType,
  commitTimelockedWeights,
} from './commit-timelocked-weights.js';

/**
 * Parameters of {@link setWeights}.
 *
 * @example
 * const parameters: SetWeightsParameters = { signer: hotkey, netuid: 1, uids: [0, 1, 2], weights: [0.2, 0.5, 0.3], versionKey: 1n };
 */
export type SetWeightsParameters = SubmitOptions & {
  netuid: number;
  /** Destination uids. */
  uids: ArrayLike<number>;
  /**
   * Non-negative weights, floats or u16, one per uid. They are max-upscaled to u16 with Bittensor's
   * `convert_weights_and_uids_for_emit` (zeros dropped), as the Python SDK's `set_weights` does; run
   * `processWeights` first to apply the subnet's min/max weight rules to raw scores.
   */
  weights: ArrayLike<number>;
  /** Your code's version; must be ≥ the subnet's `WeightsVersionKey` (see `getWeightsVersionKey`). Default 0. */
  versionKey?: bigint | number;
};

/**
 * What {@link setWeights} did: `ok` with where the weights landed, or a {@link SetWeightsRejection} saying which
 * of subtensor's checks refused them.
 *
 * @example
 * const result: SetWeightsReturnType = await setWeights(client, { signer, netuid: 1, uids, weights });
 * if (result.kind === 'ok') console.log('set in block', result.block);
 */
export type SetWeightsReturnType =
  | ({ readonly kind: 'ok' } & SubmitExtrinsicReturnType)
  | ({ readonly kind: 'committed' } & CommitTimelockedWeightsReturnType)
  | SetWeightsRejection;

/**
 * Sets the signer's (a hotkey's) weights on `netuid` with `SubtensorModule.set_weights`, or, when the subnet has
 * commit-reveal on (subtensor's default), commits them with CR-v4 (`commitTimelockedWeights`: timelocked to a
 * drand round, revealed by the chain itself) and returns `committed` with the reveal round and the expected reveal
 * block, as Bittensor's SDK 10+ does. It first reads the chain and runs subtensor's checks in subtensor's order
 * (root, lengths, subnet, size, registration, stake, version key, rate limit, permit, duplicates, uid bounds, min
 * weights, max weight) and returns the first failure as a typed result without submitting; if the chain still
 * refuses, its error comes back as the same kind. Failures that are not about the weights (connection, deadline,
 * fees) throw.
 *
 * @example
 * const hotkey = createKeypair({ uri: '//Alice_hk' });
 * const result = await setWeights(client, { signer: hotkey, netuid: 1, uids: [0, 1], weights: [0.7, 0.3] });
 * switch (result.kind) {
 *   case 'ok': console.log('in block', result.block); break;
 *   case 'RateLimited': console.log('next allowed block', result.nextBlock); break;
 *   case 'BadVersionKey': console.log('upgrade to version', result.required); break;
 *   default: console.log('refused:', result.kind);
 * }
 */
export async function setWeights(
  client: SubtensorClient,
  parameters: SetWeightsParameters,
): Promise<SetWeightsReturnType> {
  const signer = toSigner(parameters.signer);
  const netuid = u16Argument('netuid', parameters.netuid);
  const versionKey = u64Argument('versionKey', parameters.versionKey ?? 0n);
  const request = emitted(netuid, parameters.uids, parameters.weights, versionKey);
  const state = await readChain(
    client,
    'set_weights pre-check',
    (api) => readSetWeightsState(api, { netuid, hotkey: signer.address }),
    parameters.deadlineMs,
  );
  // With commit-reveal on, the weights are checked now as the reveal will check them (the commit's own rate limit
  // is the same `WeightsSetRateLimit` since `LastUpdate`).
  const rejection = checkSetWeights({ ...state, commitRevealEnabled: false }, request);
  if (rejection !== undefined) return rejection;
  try {
    if (state.commitRevealEnabled) {
      const committed = await commitTimelockedWeights(client, {
        ...parameters,
        uids: request.uids,
        weights: request.values,
        versionKey,
      });
      return { kind: 'committed', ...committed };
    }
    const result = await submitExtrinsic(client, {
      ...parameters,
      call: (api) => api.tx.subtensorModule.setWeights(netuid, request.uids, request.values, versionKey),
    });
    return { kind: 'ok', ...result };
  } catch (error) {
    const kind = error instanceof ChainCallError ? SET_WEIGHTS_ERRORS[error.name] : undefined;
    if (kind === undefined) throw error;
    return rejectionOfKind(kind, state, request);
  }
}

/**
 * The weights as they go on chain. A length mismatch or a repeated uid is one of the chain's checks (a typed
 * result, in its place in the order), so such a vector is kept as given; a clean one is max-upscaled.
 */
function emitted(
  netuid: number,
  uids: ArrayLike<number>,
  weights: ArrayLike<number>,
  versionKey: bigint,
): SetWeightsRequest {
  const checked = weightArguments(uids, weights);
  if (checked.uids.length !== checked.weights.length || new Set(checked.uids).size !== checked.uids.length) {
    return { netuid, uids: checked.uids, values: checked.weights, versionKey };
  }
  const converted = convertWeightsAndUidsForEmit(checked);
  return { netuid, uids: converted.uids, values: converted.weights, versionKey };
}

/** A rejection of `kind` for a chain refusal the pre-check did not predict (the state changed in between). */
function rejectionOfKind(
  kind: SetWeightsRejection['kind'],
  state: SetWeightsState,
  request: SetWeightsRequest,
): SetWeightsRejection {
  switch (kind) {
    case 'LengthMismatch':
      return { kind, uids: request.uids.length, weights: request.values.length };
    case 'TooManyUids':
      return { kind, given: request.uids.length, n: state.n };
    case 'NotEnoughStake':
      return { kind, stake: state.alphaStake, required: state.stakeThreshold };
    case 'BadVersionKey':
      return { kind, required: state.weightsVersionKey, given: request.versionKey };
    case 'RateLimited':
      return { kind, nextBlock: state.lastUpdate + state.weightsSetRateLimit, lastUpdate: state.lastUpdate };
    case 'DuplicateUids':
      return { kind, uids: request.uids.filter((u, i) => request.uids.indexOf(u) !== i) };
    case 'InvalidUids':
      return { kind, uids: request.uids.filter((u) => u >= state.n), n: state.n };
    case 'TooFewWeights':
      return { kind, given: request.values.length, required: Math.min(state.n, state.minAllowedWeights) };
    case 'MaxWeightExceeded':
      return { kind, limit: state.maxWeightsLimit };
    default:
      return { kind };
  }
}
