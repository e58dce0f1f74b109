import { createHash } from 'node:crypto';
import { verifySignature } from '@subnetkit/sdk';

/**
 * Parts of an axon's response signature.
 *
 * @example
 * const parts: AxonResponseMessageParameters = { axonNonce, dendriteHotkey, axonHotkey, axonUuid, dendriteNonce, body };
 */
export interface AxonResponseMessageParameters {
  /** `bt_header_axon_nonce`: Unix ns when the axon answered. */
  readonly axonNonce: bigint | string;
  /** The caller's hotkey, `-` when unknown. */
  readonly dendriteHotkey: string;
  readonly axonHotkey: string;
  /** `bt_header_axon_uuid`. */
  readonly axonUuid: string;
  /** The request's `bt_header_dendrite_nonce`, `-` when unknown: binds the response to its request. */
  readonly dendriteNonce: bigint | string;
  /** The exact response body. */
  readonly body: string | Uint8Array;
}

/**
 * The message an axon signs for a response: Bittensor's axon message
 * `${axonNonce}.${dendriteHotkey}.${axonHotkey}.${axonUuid}` extended with the request's nonce and the
 * SHA3-256 of the response body, so the signature covers what was answered and to which request.
 *
 * @example
 * const message = axonResponseMessage({ axonNonce, dendriteHotkey, axonHotkey, axonUuid, dendriteNonce, body });
 */
export function axonResponseMessage(parameters: AxonResponseMessageParameters): string {
  return `${parameters.axonNonce}.${parameters.dendriteHotkey}.${parameters.axonHotkey}.${parameters.axonUuid}.${parameters.dendriteNonce}.${createHash('sha3-256').update(parameters.body).digest('hex')}`;
}

/**
 * Checks a response's `bt_header_axon_signature` against the axon hotkey the caller meant to reach.
 *
 * @example
 * const ok = verifyAxonResponse({ headers: response.headers, body, axonHotkey: miner.address, dendriteHotkey: me.address });
 */
export function verifyAxonResponse(parameters: {
  headers: Record<string, string | string[] | undefined>;
  body: string | Uint8Array;
  axonHotkey: string;
  dendriteHotkey: string;
}): boolean {
  const h = (name: string) => {
    const v = parameters.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const signature = h('bt_header_axon_signature');
  const axonNonce = h('bt_header_axon_nonce');
  const axonUuid = h('bt_header_axon_uuid');
  if (!signature || !axonNonce || !axonUuid) return false;
  const message = axonResponseMessage({
    axonNonce,
    dendriteHotkey: parameters.dendriteHotkey,
    axonHotkey: parameters.axonHotkey,
    axonUuid,
    dendriteNonce: h('bt_header_dendrite_nonce') ?? '-',
    body: parameters.body,
  });
  return verifySignature({ message, signature, signer: parameters.axonHotkey });
}
