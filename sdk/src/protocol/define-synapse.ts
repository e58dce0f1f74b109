import { z } from 'zod';
import { SdkError } from '../errors/sdk-error.js';

/**
 * A request/response field map, declared once with zod.
 *
 * @example
 * const shape: SynapseShape = { prompt: z.string(), max_tokens: z.int() };
 */
export type SynapseShape = Record<string, z.ZodType>;

/**
 * A synapse declared with {@link defineSynapse}.
 *
 * @example
 * const Echo: Synapse = defineSynapse({ name: 'Echo', request: { text: z.string() }, response: { echoed: z.string().nullable().default(null) } });
 */
export type Synapse<
  name extends string = string,
  request extends SynapseShape = SynapseShape,
  response extends SynapseShape = SynapseShape,
> = {
  /** The Python class name; the route is `/${name}`. */
  readonly name: name;
  /** Request (query) fields, validated on both sides. */
  readonly request: z.ZodObject<request>;
  /** Response fields a miner fills in. Only these are read back from a response: request fields cannot be overwritten. */
  readonly response: z.ZodObject<response>;
  /** Fields hashed into `computed_body_hash`, in order. */
  readonly hashFields: readonly string[];
  /** Fields pydantic would mark required (no default), announced in `bt_header_input_obj_*`. */
  readonly requiredFields: readonly string[];
  /** Response fields with defaults, sent in the request body like a Python `model_dump()`. */
  readonly responseDefaults: Readonly<Record<string, unknown>>;
};

/**
 * Request fields of a synapse, as TypeScript.
 *
 * @example
 * const request: SynapseRequest<typeof Echo> = { text: 'hi' };
 */
export type SynapseRequest<synapse extends Synapse> = z.output<synapse['request']>;
/**
 * Response fields of a synapse, as TypeScript.
 *
 * @example
 * const response: SynapseResponse<typeof Echo> = { echoed: 'hi' };
 */
export type SynapseResponse<synapse extends Synapse> = z.output<synapse['response']>;

/**
 * Parameters of {@link defineSynapse}.
 *
 * @example
 * const parameters: DefineSynapseParameters<'Echo', { text: z.ZodString }, {}> = { name: 'Echo', request: { text: z.string() }, response: {} };
 */
export type DefineSynapseParameters<
  name extends string,
  request extends SynapseShape,
  response extends SynapseShape,
> = {
  /** Class name on the Python side and route name: `[A-Za-z_][A-Za-z0-9_]*`. */
  name: name;
  request: request;
  response: response;
  /**
   * Fields in `computed_body_hash`. Default: every request field, in declaration order (safer than Bittensor's
   * default of none). To talk to a Python synapse, list its `required_hash_fields` exactly (`[]` for none).
   */
  hashFields?: readonly (keyof request | keyof response)[];
};

const BASE_FIELDS = new Set([
  'name',
  'timeout',
  'total_size',
  'header_size',
  'dendrite',
  'axon',
  'computed_body_hash',
  'required_hash_fields',
]);

/**
 * Declares a synapse once: its name (route `/Name`), request and response fields as zod schemas, and the hash-field
 * list. The same object gives TypeScript types, validation on both ends, the body hash and the
 * `bt_header_input_obj_*` headers, compatible with a Python `bt.Synapse` subclass of the same name and fields.
 *
 * @example
 * const Dummy = defineSynapse({
 *   name: 'Dummy',
 *   request: { dummy_input: z.int() },
 *   response: { dummy_output: z.int().nullable().default(null) },
 * });
 * type DummyRequest = SynapseRequest<typeof Dummy>; // { dummy_input: number }
 */
export function defineSynapse<
  const name extends string,
  request extends SynapseShape,
  response extends SynapseShape,
>(parameters: DefineSynapseParameters<name, request, response>): Synapse<name, request, response> {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(parameters.name)) {
    throw new SdkError(
      'SDK_SYNAPSE_INVALID',
      `Synapse name "${parameters.name}" is not a Python class name.`,
    );
  }
  const requestKeys = Object.keys(parameters.request);
  const responseKeys = Object.keys(parameters.response);
  for (const key of [...requestKeys, ...responseKeys]) {
    if (BASE_FIELDS.has(key))
      throw new SdkError('SDK_SYNAPSE_INVALID', `Field "${key}" is reserved by the base Synapse.`);
    if (!/^[a-z0-9_]+$/i.test(key))
      throw new SdkError('SDK_SYNAPSE_INVALID', `Field "${key}" cannot be sent as a header name.`);
  }
  const duplicate = requestKeys.find((key) => responseKeys.includes(key));
  if (duplicate !== undefined)
    throw new SdkError('SDK_SYNAPSE_INVALID', `Field "${duplicate}" is in both request and response.`);
  const hashFields = (parameters.hashFields ?? requestKeys) as readonly string[];
  for (const field of hashFields) {
    if (!requestKeys.includes(field) && !responseKeys.includes(field)) {
      throw new SdkError(
        'SDK_SYNAPSE_INVALID',
        `Hash field "${field}" is not a field of ${parameters.name}.`,
      );
    }
  }
  const all: SynapseShape = { ...parameters.request, ...parameters.response };
  const requiredFields = Object.keys(all).filter((key) => all[key]._zod.optin !== 'optional');
  const responseDefaults: Record<string, unknown> = {};
  for (const key of responseKeys) {
    const parsed = parameters.response[key].safeParse(undefined);
    if (parsed.success && parsed.data !== undefined) responseDefaults[key] = parsed.data;
    else if (parsed.success) responseDefaults[key] = null;
  }
  return Object.freeze({
    name: parameters.name,
    request: z.object(parameters.request),
    response: z.object(parameters.response),
    hashFields: Object.freeze([...hashFields]),
    requiredFields: Object.freeze(requiredFields),
    responseDefaults: Object.freeze(responseDefaults),
  });
}
