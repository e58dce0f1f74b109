/**
 * Yuma consensus: a bit-exact port of subtensor's epoch (`run_epoch.rs::epoch_mechanism`) and the
 * fixed-point helpers of `epoch/math.rs`, under the same names.
 */
export { epoch } from './epoch.js';
export { check_vec_max_limited, vec_max_upscale_to_u16, vec_u16_max_upscale_to_u16 } from './math/upscale.js';
export { formatStepOutput, parseStepInput, StepInputError } from './step-json.js';
export type { EpochInput, EpochOutput, EpochParams, EpochState, SparseRowU16 } from './types.js';
