/** The root-claim parameters root (and a subnet's owner) may set: `NumRootClaim` and `RootClaimableThreshold`. */
import type { StateOverlay } from '../../frame/state.js';
import { ensure } from './errors.js';
import { NumRootClaim, RootClaimableThreshold } from './root-claim-storage.js';

/** `MAX_NUM_ROOT_CLAIMS`: the most coldkeys auto-claimed per block. @example setNumRootClaims(state, MAX_NUM_ROOT_CLAIMS); */
export const MAX_NUM_ROOT_CLAIMS = 50n;
/** `MAX_ROOT_CLAIM_THRESHOLD`: the highest claim threshold, in alpha rao. @example setRootClaimThreshold(state, 1, MAX_ROOT_CLAIM_THRESHOLD); */
export const MAX_ROOT_CLAIM_THRESHOLD = 10_000_000n;

/**
 * `sudo_set_num_root_claims(new_value)` after the origin check: at most `MAX_NUM_ROOT_CLAIMS` (`InvalidNumRootClaim`).
 *
 * @example
 * setNumRootClaims(state, 27n);
 */
export function setNumRootClaims(state: StateOverlay, value: bigint): void {
  ensure(value <= MAX_NUM_ROOT_CLAIMS, 'InvalidNumRootClaim');
  NumRootClaim.set(state, value);
}

/**
 * `sudo_set_root_claim_threshold(netuid, new_value)` after the origin check: at most `MAX_ROOT_CLAIM_THRESHOLD`
 * (`InvalidRootClaimThreshold`).
 *
 * @example
 * setRootClaimThreshold(state, 1, 1000n);
 */
export function setRootClaimThreshold(state: StateOverlay, netuid: number, value: bigint): void {
  ensure(value <= MAX_ROOT_CLAIM_THRESHOLD, 'InvalidRootClaimThreshold');
  RootClaimableThreshold.set(state, netuid, { bits: value << 32n });
}
