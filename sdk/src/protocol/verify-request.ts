import { shortMessageOf } from '@subnetkit/errors';
import { verifySignature } from '../wallet/verify-signature.js';
import { computeBodyHash } from './body-hash.js';
import type { Synapse, SynapseRequest } from './define-synapse.js';
import type { NonceWindow } from './nonce-window.js';
import { signingMessage } from './signing-message.js';
import { parseSynapseHeaders } from './synapse-headers.js';
import type { TerminalInfo } from './terminal-info.js';

/**
 * Parameters of {@link verifyRequest}.
 *
 * @example
 * const result = verifyRequest({ synapse: Dummy, headers, body, axonHotkey, nonces, nowNs } satisfies VerifyRequestParameters<typeof Dummy>);
 */
export type VerifyRequestParameters<synapse extends Synapse> = {
  synapse: synapse;
  headers: Record<string, string | string[] | undefined>;
  /** Raw JSON body, or the already-parsed object. */
  body: string | unknown;
  /** This axon's own hotkey (the signed message must name it). */
  axonHotkey: string;
  nonces: NonceWindow;
  /** Unix nanoseconds. */
  nowNs: bigint;
};

/**
 * Result of {@link verifyRequest}: the verified request, or the HTTP status and message to answer with.
 *
 * @example
 * const result: VerifyRequestReturnType<typeof Dummy> = verifyRequest(parameters);
 * if (result.ok) handle(result.request.dummy_input);
 */
export type VerifyRequestReturnType<synapse extends Synapse> =
  | {
      ok: true;
      request: SynapseRequest<synapse>;
      dendrite: TerminalInfo & { hotkey: string };
      timeout: number;
    }
  | { ok: false; status: 400 | 401 | 422; message: string };

/**
 * Checks a synapse request the safe way, in the order the data allows: headers parse (400), signature present and
 * valid over `nonce.dendrite.axon.uuid.bodyHash` for this axon's hotkey (401), nonce fresh and unseen (401, only
 * after the signature so forged requests cannot fill the window), body valid for the synapse (422), body hash equal
 * to `computed_body_hash` (400). Pure apart from the nonce window.
 *
 * @example
 * const result = verifyRequest({ synapse: Dummy, headers: req.headers, body: req.body, axonHotkey, nonces, nowNs });
 * if (!result.ok) return reply.code(result.status).send({ message: result.message });
 */
export function verifyRequest<synapse extends Synapse>(
  parameters: VerifyRequestParameters<synapse>,
): VerifyRequestReturnType<synapse> {
  const { synapse } = parameters;
  let parsed: ReturnType<typeof parseSynapseHeaders>;
  try {
    parsed = parseSynapseHeaders(parameters.headers);
  } catch (error) {
    return { ok: false, status: 400, message: shortMessageOf(error) };
  }
  const { dendrite } = parsed;
  const bodyHash = parsed.computedBodyHash;
  const notVerified = (reason: string) => ({
    ok: false as const,
    status: 401 as const,
    message: `Not Verified with error: ${reason}`,
  });
  if (!dendrite.signature) return notVerified('Missing signature');
  if (dendrite.nonce === undefined) return notVerified('Missing Nonce');
  if (!dendrite.hotkey || !dendrite.uuid) return notVerified('Missing dendrite hotkey or uuid');
  if (bodyHash === undefined) return notVerified('Missing computed_body_hash');
  const message = signingMessage({
    nonce: dendrite.nonce,
    dendriteHotkey: dendrite.hotkey,
    axonHotkey: parameters.axonHotkey,
    uuid: dendrite.uuid,
    bodyHash,
  });
  if (!verifySignature({ message, signature: dendrite.signature, signer: dendrite.hotkey })) {
    return notVerified(`Signature mismatch with ${message} and ${dendrite.signature}`);
  }
  const timeout = parsed.timeout ?? 12;
  const nonce = parameters.nonces.check({
    key: `${dendrite.hotkey}:${dendrite.uuid}`,
    nonce: dendrite.nonce,
    timeoutS: timeout,
    nowNs: parameters.nowNs,
  });
  if (!nonce.ok) return notVerified(`Nonce is ${nonce.reason}`);

  let body: unknown = parameters.body;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return { ok: false, status: 400, message: 'Body is not JSON' };
    }
  }
  if (body === null || typeof body !== 'object')
    return { ok: false, status: 422, message: 'Body is not an object' };
  const request = synapse.request.safeParse(body);
  if (!request.success) return { ok: false, status: 422, message: request.error.message };
  const fields = { ...(body as Record<string, unknown>), ...(request.data as Record<string, unknown>) };
  if (computeBodyHash(synapse, fields) !== bodyHash)
    return { ok: false, status: 400, message: 'Body hash mismatch' };
  return {
    ok: true,
    request: request.data as SynapseRequest<synapse>,
    dendrite: { ...dendrite, hotkey: dendrite.hotkey },
    timeout,
  };
}
