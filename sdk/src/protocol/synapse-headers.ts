import type { z } from 'zod';
import { SdkError } from '../errors/sdk-error.js';
import type { Synapse } from './define-synapse.js';
import { defType, isIntSchema, pythonFloatRepr, unwrap } from './python-str.js';
import { TERMINAL_INFO_FIELDS, type TerminalInfo } from './terminal-info.js';

/**
 * Parameters of {@link synapseHeaders}.
 *
 * @example
 * const headers = synapseHeaders({ synapse: Dummy, fields, timeout: 12, axon, dendrite, bodyHash } satisfies SynapseHeadersParameters);
 */
export type SynapseHeadersParameters = {
  synapse: Synapse;
  /** All synapse field values (request fields and response defaults). */
  fields: Record<string, unknown>;
  /** Seconds. */
  timeout: number;
  axon: TerminalInfo;
  dendrite: TerminalInfo;
  bodyHash: string;
  /** Informational `total_size`. @defaultValue 0 */
  totalSize?: number;
};

/**
 * The HTTP headers of a synapse, named and ordered like Python's `Synapse.to_headers()`: `name`, `timeout`,
 * `bt_header_axon_*`, `bt_header_dendrite_*` (only set fields, `str()` of each), `bt_header_input_obj_*` for every
 * required field (base64 JSON of an empty value of its type), `header_size`, `total_size`, `computed_body_hash`.
 *
 * @example
 * const headers = synapseHeaders({ synapse: Dummy, fields, timeout: 12, axon, dendrite, bodyHash });
 */
export function synapseHeaders(parameters: SynapseHeadersParameters): Record<string, string> {
  const { synapse, fields } = parameters;
  const headers: Record<string, string> = {
    name: synapse.name,
    timeout: pythonFloatRepr(parameters.timeout),
  };
  addTerminal(headers, 'bt_header_axon_', parameters.axon);
  addTerminal(headers, 'bt_header_dendrite_', parameters.dendrite);
  const shape = { ...synapse.request.shape, ...synapse.response.shape };
  for (const field of synapse.requiredFields) {
    const value = fields[field];
    if (value === null || value === undefined) continue;
    headers[`bt_header_input_obj_${field}`] = Buffer.from(emptyJson(value, shape[field])).toString('base64');
  }
  let size = 0;
  for (const [k, v] of Object.entries(headers)) size += k.length + v.length;
  headers.header_size = String(size);
  headers.total_size = String(parameters.totalSize ?? 0);
  headers.computed_body_hash = parameters.bodyHash;
  return headers;
}

function addTerminal(headers: Record<string, string>, prefix: string, info: TerminalInfo): void {
  for (const field of TERMINAL_INFO_FIELDS) {
    const value = info[field];
    if (value === undefined) continue;
    headers[`${prefix}${field}`] =
      field === 'process_time' ? pythonFloatRepr(value as number) : String(value);
  }
}

/** `json.dumps(type(value)())`: the dummy Bittensor sends so a Python axon can build the synapse from headers. */
function emptyJson(value: unknown, schema: z.ZodType): string {
  if (typeof value === 'string') return '""';
  if (typeof value === 'boolean') return 'false';
  if (Array.isArray(value)) return '[]';
  if (typeof value === 'number') {
    const inner = unwrap(schema);
    const isInt = defType(inner) === 'number' ? isIntSchema(inner) : Number.isInteger(value);
    return isInt ? '0' : '0.0';
  }
  if (typeof value === 'bigint') return '0';
  if (typeof value === 'object') return '{}';
  throw new SdkError('SDK_SYNAPSE_INVALID', `Cannot announce a field of type ${typeof value}.`);
}

/**
 * Headers of a synapse request parsed like Python's `Synapse.parse_headers_to_inputs`.
 *
 * @example
 * const { dendrite, timeout }: ParsedSynapseHeaders = parseSynapseHeaders(request.headers);
 */
export type ParsedSynapseHeaders = {
  name: string | undefined;
  timeout: number | undefined;
  axon: TerminalInfo;
  dendrite: TerminalInfo;
  /** Decoded `bt_header_input_obj_*` values. */
  inputObj: Record<string, unknown>;
  computedBodyHash: string | undefined;
  headerSize: number | undefined;
  totalSize: number | undefined;
};

/**
 * Parses synapse headers (any case; lists of values take the first): `bt_header_axon_*` and `bt_header_dendrite_*`
 * into TerminalInfo with numeric fields cast, `bt_header_input_obj_*` base64-JSON-decoded, and the plain fields.
 * Throws `SDK_PROTOCOL_INVALID_HEADERS` for a value that does not parse.
 *
 * @example
 * const parsed = parseSynapseHeaders(request.headers);
 * parsed.dendrite.hotkey; // the caller's SS58 hotkey (not yet verified)
 */
export function parseSynapseHeaders(
  headers: Record<string, string | string[] | undefined>,
): ParsedSynapseHeaders {
  const out: ParsedSynapseHeaders = {
    name: undefined,
    timeout: undefined,
    axon: {},
    dendrite: {},
    inputObj: {},
    computedBodyHash: undefined,
    headerSize: undefined,
    totalSize: undefined,
  };
  for (const [rawKey, rawValue] of Object.entries(headers)) {
    const value = Array.isArray(rawValue) ? rawValue[0] : rawValue;
    if (value === undefined) continue;
    const key = rawKey.toLowerCase();
    if (key.startsWith('bt_header_axon_')) setTerminal(out.axon, key.slice('bt_header_axon_'.length), value);
    else if (key.startsWith('bt_header_dendrite_'))
      setTerminal(out.dendrite, key.slice('bt_header_dendrite_'.length), value);
    else if (key.startsWith('bt_header_input_obj_')) {
      try {
        out.inputObj[key.slice('bt_header_input_obj_'.length)] = JSON.parse(
          Buffer.from(value, 'base64').toString('utf8'),
        );
      } catch (cause) {
        throw new SdkError('SDK_PROTOCOL_INVALID_HEADERS', `Header ${key} is not base64 JSON.`, { cause });
      }
    } else if (key === 'name') out.name = value;
    else if (key === 'timeout') out.timeout = toNumber(key, value, false);
    else if (key === 'computed_body_hash') out.computedBodyHash = value;
    else if (key === 'header_size') out.headerSize = toNumber(key, value, true);
    else if (key === 'total_size') out.totalSize = toNumber(key, value, true);
  }
  return out;
}

function setTerminal(info: TerminalInfo, field: string, value: string): void {
  switch (field) {
    case 'status_code':
    case 'port':
    case 'version':
      info[field] = toNumber(field, value, true);
      return;
    case 'process_time':
      info.process_time = toNumber(field, value, false);
      return;
    case 'nonce':
      if (!/^\d+$/.test(value))
        throw new SdkError('SDK_PROTOCOL_INVALID_HEADERS', `nonce "${value}" is not an integer.`);
      info.nonce = BigInt(value);
      return;
    case 'status_message':
    case 'ip':
    case 'uuid':
    case 'hotkey':
    case 'signature':
      info[field] = value;
      return;
  }
}

function toNumber(field: string, value: string, integer: boolean): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n))) {
    throw new SdkError('SDK_PROTOCOL_INVALID_HEADERS', `Header ${field} = "${value}" is not a number.`);
  }
  return n;
}
