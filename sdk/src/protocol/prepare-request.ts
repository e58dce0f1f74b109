import { SdkError } from '../errors/sdk-error.js';
import type { Signer } from '../wallet/signer.js';
import { computeBodyHash } from './body-hash.js';
import type { Synapse, SynapseRequest } from './define-synapse.js';
import { pythonJson } from './python-json.js';
import { signingMessage } from './signing-message.js';
import { synapseHeaders } from './synapse-headers.js';
import { terminalInfoJson } from './terminal-info.js';

/**
 * `version_as_int` of the Bittensor SDK whose protocol this implements (10.2.0); ≥ 7002000 enables nonce checks.
 *
 * @example
 * const dendrite = createDendrite({ signer, version: PROTOCOL_VERSION });
 */
export const PROTOCOL_VERSION = 10_002_000;

/**
 * An axon as advertised on chain.
 *
 * @example
 * const axon: AxonTarget = { ip: '203.0.113.9', port: 8091, hotkey: '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty' };
 */
export type AxonTarget = { ip: string; port: number; hotkey: string };

/**
 * Parameters of {@link prepareRequest}.
 *
 * @example
 * const parameters: PrepareRequestParameters<typeof Dummy> = { synapse: Dummy, input: { dummy_input: 1 }, signer, axon, nonce, uuid, timeout: 12 };
 */
export type PrepareRequestParameters<synapse extends Synapse> = {
  synapse: synapse;
  input: SynapseRequest<synapse>;
  signer: Signer;
  axon: AxonTarget;
  /** Unix nanoseconds; strictly increasing per (hotkey, uuid) toward Python axons. */
  nonce: bigint;
  /** The dendrite's uuid. */
  uuid: string;
  /** Seconds; sent as the `timeout` header. */
  timeout: number;
  /** The dendrite's external IP, informational. @defaultValue '0.0.0.0' */
  dendriteIp?: string;
  /** `bt_header_dendrite_version`. @defaultValue {@link PROTOCOL_VERSION} */
  version?: number;
};

/**
 * A signed request, ready to POST.
 *
 * @example
 * const { url, headers, body }: PreparedRequest = await prepareRequest({ synapse: Dummy, input, signer, axon, nonce, uuid, timeout: 12 });
 */
export type PreparedRequest = {
  url: string;
  /** `/${synapse.name}` */
  path: string;
  headers: Record<string, string>;
  /** JSON body (Python `model_dump()` layout). */
  body: string;
  bodyHash: string;
  /** The signed message. */
  message: string;
  /** `0x` + 128 hex. */
  signature: string;
};

/**
 * Builds a signed synapse request exactly as Bittensor's dendrite does (`preprocess_synapse_for_request` +
 * `to_headers` + `model_dump`): validates `input`, hashes the hash fields, signs
 * `nonce.dendriteHotkey.axonHotkey.uuid.bodyHash` with the signer, and lays out headers and body. Pure apart from
 * the signer.
 *
 * @example
 * const request = await prepareRequest({ synapse: Dummy, input: { dummy_input: 1 }, signer, axon, nonce, uuid, timeout: 12 });
 * await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body });
 */
export async function prepareRequest<synapse extends Synapse>(
  parameters: PrepareRequestParameters<synapse>,
): Promise<PreparedRequest> {
  const { synapse, signer, axon, nonce, uuid, timeout } = parameters;
  const parsed = synapse.request.safeParse(parameters.input);
  if (!parsed.success) {
    throw new SdkError('SDK_SYNAPSE_INVALID', `Invalid ${synapse.name} request.`, {
      details: parsed.error.message,
      cause: parsed.error,
    });
  }
  const fields: Record<string, unknown> = {
    ...(parsed.data as Record<string, unknown>),
    ...synapse.responseDefaults,
  };
  const bodyHash = computeBodyHash(synapse, fields);
  const message = signingMessage({
    nonce,
    dendriteHotkey: signer.address,
    axonHotkey: axon.hotkey,
    uuid,
    bodyHash,
  });
  const signature = `0x${Buffer.from(await signer.sign(new TextEncoder().encode(message))).toString('hex')}`;
  const dendrite = {
    ip: parameters.dendriteIp ?? '0.0.0.0',
    version: parameters.version ?? PROTOCOL_VERSION,
    nonce,
    uuid,
    hotkey: signer.address,
    signature,
  };
  const axonInfo = { ip: axon.ip, port: axon.port, hotkey: axon.hotkey };
  const dump = (totalSize: number) =>
    pythonJson({
      name: synapse.name,
      timeout,
      total_size: totalSize,
      header_size: 0,
      dendrite: { ...terminalInfoJson(dendrite), nonce },
      axon: terminalInfoJson(axonInfo),
      computed_body_hash: '',
      ...fields,
    });
  // total_size is informational; make it the body's own length (a fixed point: at most a couple of passes).
  let totalSize = 0;
  let body = dump(totalSize);
  while (Buffer.byteLength(body) !== totalSize) {
    totalSize = Buffer.byteLength(body);
    body = dump(totalSize);
  }
  const headers = synapseHeaders({ synapse, fields, timeout, axon: axonInfo, dendrite, bodyHash, totalSize });
  const path = `/${synapse.name}`;
  const host = axon.ip.includes(':') ? `[${axon.ip}]` : axon.ip;
  return { url: `http://${host}:${axon.port}${path}`, path, headers, body, bodyHash, message, signature };
}
