/**
 * The parts of a dendrite request signature.
 *
 * @example
 * const parts: SigningMessageParameters = { nonce: 1n, dendriteHotkey, axonHotkey, uuid, bodyHash: EMPTY_BODY_HASH };
 */
export type SigningMessageParameters = {
  /** Unix time in nanoseconds, decimal. */
  nonce: bigint | string;
  /** SS58 of the signing (dendrite) hotkey. */
  dendriteHotkey: string;
  /** SS58 of the target axon's hotkey. */
  axonHotkey: string;
  /** The dendrite's uuid (fixed per dendrite instance). */
  uuid: string;
  /** `computed_body_hash`. */
  bodyHash: string;
};

/**
 * The message a dendrite signs with its hotkey (sr25519, UTF-8 bytes):
 * `${nonce}.${dendriteHotkey}.${axonHotkey}.${uuid}.${bodyHash}`.
 *
 * @example
 * const message = signingMessage({ nonce: 1700000000000000000n, dendriteHotkey, axonHotkey, uuid, bodyHash });
 */
export function signingMessage(parameters: SigningMessageParameters): string {
  return `${parameters.nonce}.${parameters.dendriteHotkey}.${parameters.axonHotkey}.${parameters.uuid}.${parameters.bodyHash}`;
}
