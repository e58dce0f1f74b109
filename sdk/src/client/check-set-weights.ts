/**
 * `set_weights`'s checks as a pure function over a snapshot of the chain state, in subtensor's order
 * (`subnets/weights.rs::internal_set_weights`, v3.4.9), so a caller learns why weights would be refused — and until
 * which block — without paying for a failed extrinsic.
 */

const U16_MAX = 65_535;
const U64_MAX = (1n << 64n) - 1n;

/**
 * What `setWeights` reads from the chain before submitting: everything its checks need, at the best block.
 *
 * @example
 * const state: SetWeightsState = await readSetWeightsState(client.api, { netuid: 1, hotkey: signer.address });
 */
export type SetWeightsState = {
  /** Best block; the extrinsic is checked in the next one. */
  readonly block: number;
  readonly subnetExists: boolean;
  readonly commitRevealEnabled: boolean;
  /** `SubnetworkN`. */
  readonly n: number;
  /** The signer's uid, `undefined` when not registered. */
  readonly uid: number | undefined;
  readonly ownerUid: number | undefined;
  /** The hotkey's alpha on the subnet and on root (`TotalHotkeyAlpha`). */
  readonly alphaStake: bigint;
  readonly rootStake: bigint;
  readonly taoWeight: bigint;
  readonly stakeThreshold: bigint;
  readonly weightsVersionKey: bigint;
  /** `LastUpdate[uid]` (0 = never). */
  readonly lastUpdate: number;
  readonly weightsSetRateLimit: number;
  readonly validatorPermit: boolean;
  readonly minAllowedWeights: number;
  readonly maxWeightsLimit: number;
};

/**
 * Why `setWeights` did not set weights, named after the subtensor error each kind stands for. Every kind carries
 * what the caller needs to act on it (the next allowed block, the required version key …).
 *
 * @example
 * const result = await setWeights(client, { signer, netuid: 1, uids, weights });
 * if (result.kind === 'RateLimited') await waitForBlock(client, { block: result.nextBlock });
 */
export type SetWeightsRejection =
  /** `CommitRevealEnabled`: the subnet takes weights through `commitWeights`/`revealWeights`. */
  | { readonly kind: 'CommitRevealEnabled' }
  /** `CanNotSetRootNetworkWeights`: netuid 0 takes no weights. */
  | { readonly kind: 'RootNetwork' }
  /** `WeightVecNotEqualSize`. */
  | { readonly kind: 'LengthMismatch'; readonly uids: number; readonly weights: number }
  /** `MechanismDoesNotExist`: no such subnet. */
  | { readonly kind: 'SubnetNotFound' }
  /** `UidsLengthExceedUidsInSubNet`: more entries than neurons. */
  | { readonly kind: 'TooManyUids'; readonly given: number; readonly n: number }
  /** `HotKeyNotRegisteredInSubNet`. */
  | { readonly kind: 'NotRegistered' }
  /** `NotEnoughStakeToSetWeights`: `stake` (alpha plus weighted root stake) is below `required`. */
  | { readonly kind: 'NotEnoughStake'; readonly stake: bigint; readonly required: bigint }
  /** `IncorrectWeightVersionKey`: pass `versionKey >= required`. */
  | { readonly kind: 'BadVersionKey'; readonly required: bigint; readonly given: bigint }
  /** `SettingWeightsTooFast`: the first block that accepts weights again is `nextBlock`. */
  | { readonly kind: 'RateLimited'; readonly nextBlock: number; readonly lastUpdate: number }
  /** `NeuronNoValidatorPermit`: only permitted validators (or a self-weight, or the owner) may set weights. */
  | { readonly kind: 'NoPermit' }
  /** `DuplicateUids`. */
  | { readonly kind: 'DuplicateUids'; readonly uids: readonly number[] }
  /** `UidVecContainInvalidOne`: uids not below `n`. */
  | { readonly kind: 'InvalidUids'; readonly uids: readonly number[]; readonly n: number }
  /** `WeightVecLengthIsLow`: fewer non-zero weights than `min(n, MinAllowedWeights)`. */
  | { readonly kind: 'TooFewWeights'; readonly given: number; readonly required: number }
  /** `MaxWeightExceeded`: a normalized weight is above `limit / 65535`. */
  | { readonly kind: 'MaxWeightExceeded'; readonly limit: number };

/**
 * The `kind` of each rejection by the subtensor error it stands for; used to map a chain refusal that the
 * pre-check did not predict.
 *
 * @example
 * SET_WEIGHTS_ERRORS.SettingWeightsTooFast // 'RateLimited'
 */
export const SET_WEIGHTS_ERRORS: Readonly<Record<string, SetWeightsRejection['kind']>> = {
  CommitRevealEnabled: 'CommitRevealEnabled',
  CanNotSetRootNetworkWeights: 'RootNetwork',
  WeightVecNotEqualSize: 'LengthMismatch',
  MechanismDoesNotExist: 'SubnetNotFound',
  UidsLengthExceedUidsInSubNet: 'TooManyUids',
  HotKeyNotRegisteredInSubNet: 'NotRegistered',
  NotEnoughStakeToSetWeights: 'NotEnoughStake',
  IncorrectWeightVersionKey: 'BadVersionKey',
  SettingWeightsTooFast: 'RateLimited',
  CommittingWeightsTooFast: 'RateLimited',
  NeuronNoValidatorPermit: 'NoPermit',
  DuplicateUids: 'DuplicateUids',
  UidVecContainInvalidOne: 'InvalidUids',
  WeightVecLengthIsLow: 'TooFewWeights',
  MaxWeightExceeded: 'MaxWeightExceeded',
};

/**
 * The weights a `set_weights` call would carry.
 *
 * @example
 * const request: SetWeightsRequest = { netuid: 1, uids: [1, 2], values: [65535, 32768], versionKey: 0n };
 */
export type SetWeightsRequest = {
  readonly netuid: number;
  readonly uids: readonly number[];
  /** u16 values as submitted. */
  readonly values: readonly number[];
  readonly versionKey: bigint;
};

/**
 * Runs `set_weights`'s checks in subtensor's order and returns the first that fails, or `undefined` when the chain
 * should accept the call in the block after `state.block`. An unknown subnet is reported first (`SubnetNotFound`,
 * where the chain would say `CommitRevealEnabled`). `MaxWeightExceeded` is computed exactly on the values
 * (subtensor uses I32F32; a value on the boundary may differ — the chain's answer then maps to the same kind).
 *
 * @example
 * const rejection = checkSetWeights(state, { netuid: 1, uids: [1], values: [65535], versionKey: 0n });
 * if (rejection?.kind === 'RateLimited') console.log('retry at', rejection.nextBlock);
 */
export function checkSetWeights(
  state: SetWeightsState,
  request: SetWeightsRequest,
): SetWeightsRejection | undefined {
  const { uids, values, versionKey } = request;
  const block = state.block + 1;
  // The chain answers `CommitRevealEnabled` for an unknown netuid (the flag defaults to on); naming the missing
  // subnet first is the one deviation from its order.
  if (!state.subnetExists) return { kind: 'SubnetNotFound' };
  if (state.commitRevealEnabled) return { kind: 'CommitRevealEnabled' };
  if (request.netuid === 0) return { kind: 'RootNetwork' };
  if (uids.length !== values.length) {
    return { kind: 'LengthMismatch', uids: uids.length, weights: values.length };
  }
  if (uids.length > state.n) return { kind: 'TooManyUids', given: uids.length, n: state.n };
  const { uid } = state;
  if (uid === undefined) return { kind: 'NotRegistered' };
  const isOwner = state.ownerUid === uid;
  const stake = state.alphaStake + (state.rootStake * state.taoWeight) / U64_MAX;
  if (!isOwner && stake < state.stakeThreshold) {
    return { kind: 'NotEnoughStake', stake, required: state.stakeThreshold };
  }
  if (state.weightsVersionKey !== 0n && versionKey < state.weightsVersionKey) {
    return { kind: 'BadVersionKey', required: state.weightsVersionKey, given: versionKey };
  }
  if (state.lastUpdate !== 0 && block - state.lastUpdate < state.weightsSetRateLimit) {
    return {
      kind: 'RateLimited',
      nextBlock: state.lastUpdate + state.weightsSetRateLimit,
      lastUpdate: state.lastUpdate,
    };
  }
  const selfWeight = values.length === 1 && uids[0] === uid;
  if (!selfWeight && !isOwner && !state.validatorPermit) return { kind: 'NoPermit' };
  const duplicates = uids.filter((u, i) => uids.indexOf(u) !== i);
  if (duplicates.length > 0) return { kind: 'DuplicateUids', uids: [...new Set(duplicates)] };
  const invalid = uids.filter((u) => u >= state.n);
  if (invalid.length > 0) return { kind: 'InvalidUids', uids: invalid, n: state.n };
  const required = Math.min(state.n, state.minAllowedWeights);
  if (!selfWeight && values.length < required)
    return { kind: 'TooFewWeights', given: values.length, required };
  if (!selfWeight && state.maxWeightsLimit !== U16_MAX && !withinMaxWeight(values, state.maxWeightsLimit)) {
    return { kind: 'MaxWeightExceeded', limit: state.maxWeightsLimit };
  }
  return undefined;
}

/** `check_vec_max_limited`: `max / sum <= limit / 65535`. */
function withinMaxWeight(values: readonly number[], limit: number): boolean {
  if (values.length === 0) return true;
  const sum = values.reduce((a, v) => a + BigInt(v), 0n);
  if (sum === 0n) return true;
  const max = values.reduce((a, v) => (BigInt(v) > a ? BigInt(v) : a), 0n);
  return max * BigInt(U16_MAX) <= BigInt(limit) * sum;
}
