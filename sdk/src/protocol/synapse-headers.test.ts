/**
 * synapseHeaders and parseSynapseHeaders field by field: the empty value announced for each type of required field,
 * every header the parser knows (and the integer and number checks on each), and every refusal by its code.
 */
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { defineSynapse } from './define-synapse.js';
import { parseSynapseHeaders, synapseHeaders } from './synapse-headers.js';

const base64Json = (header: string | undefined) =>
  JSON.parse(Buffer.from(header ?? '', 'base64').toString('utf8'));

/** `run` throws the SDK error `code` with `shortMessage`. */
const expectSdkError = (run: () => unknown, code: string, shortMessage: string) => {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toMatchObject({ name: 'SdkError', code, shortMessage });
  return thrown;
};

describe('synapseHeaders', () => {
  const Typed = defineSynapse({
    name: 'Typed',
    request: {
      text: z.string(),
      flag: z.boolean(),
      count: z.int(),
      ratio: z.number(),
      whole_ratio: z.number(),
      anything: z.unknown(),
      fraction: z.unknown(),
      big: z.bigint(),
      list: z.array(z.int()),
      meta: z.record(z.string(), z.int()),
      absent: z.string(),
    },
    response: { out: z.string().nullable().default(null) },
  });
  const fields = {
    text: 'hi',
    flag: true,
    count: 3,
    ratio: 0.5,
    whole_ratio: 2,
    anything: 7,
    fraction: 2.5,
    big: 5n,
    list: [1],
    meta: { a: 1 },
    absent: undefined,
    out: null,
  };
  const headers = () =>
    synapseHeaders({
      synapse: Typed,
      fields,
      timeout: 12,
      axon: { ip: '10.0.0.2', port: 8091, hotkey: 'axon-hotkey' },
      dendrite: { process_time: 1, nonce: 7n, hotkey: 'dendrite-hotkey' },
      bodyHash: 'abc',
      totalSize: 99,
    });

  test('default: each required field is announced as the JSON of an empty value of its type', () => {
    const h = headers();
    const announced = Object.fromEntries(
      Object.entries(h)
        .filter(([k]) => k.startsWith('bt_header_input_obj_'))
        .map(([k, v]) => [k.slice('bt_header_input_obj_'.length), base64Json(v)]),
    );
    expect(announced).toEqual({
      text: '',
      flag: false,
      count: 0,
      ratio: 0,
      whole_ratio: 0,
      anything: 0,
      fraction: 0,
      big: 0,
      list: [],
      meta: {},
    });
    // int vs float: by the schema when it is a number schema, else by the value
    expect(Buffer.from(h.bt_header_input_obj_count, 'base64').toString()).toBe('0');
    expect(Buffer.from(h.bt_header_input_obj_ratio, 'base64').toString()).toBe('0.0');
    expect(Buffer.from(h.bt_header_input_obj_whole_ratio, 'base64').toString()).toBe('0.0');
    expect(Buffer.from(h.bt_header_input_obj_anything, 'base64').toString()).toBe('0');
    expect(Buffer.from(h.bt_header_input_obj_fraction, 'base64').toString()).toBe('0.0');
    expect(Buffer.from(h.bt_header_input_obj_big, 'base64').toString()).toBe('0');
    expect(Buffer.from(h.bt_header_input_obj_flag, 'base64').toString()).toBe('false');
  });

  test('default: terminal fields as Python str() (process_time as a float repr), then the sizes and the hash', () => {
    const h = headers();
    expect(h.bt_header_dendrite_process_time).toBe('1.0');
    expect(h.bt_header_dendrite_nonce).toBe('7');
    expect(h.bt_header_axon_port).toBe('8091');
    expect(h.bt_header_dendrite_ip).toBeUndefined();
    expect(h.timeout).toBe('12.0');
    expect(h.total_size).toBe('99');
    expect(h.computed_body_hash).toBe('abc');
    const { header_size, total_size: _, computed_body_hash: __, ...counted } = h;
    const size = Object.entries(counted).reduce((n, [k, v]) => n + k.length + v.length, 0);
    expect(header_size).toBe(String(size));
  });

  test('error: a required field of a type JSON cannot announce (SDK_SYNAPSE_INVALID)', () => {
    const Fn = defineSynapse({ name: 'Fn', request: { callback: z.unknown() }, response: {} });
    expectSdkError(
      () =>
        synapseHeaders({
          synapse: Fn,
          fields: { callback: () => 1 },
          timeout: 12,
          axon: {},
          dendrite: {},
          bodyHash: '',
        }),
      'SDK_SYNAPSE_INVALID',
      'Cannot announce a field of type function.',
    );
  });
});

describe('parseSynapseHeaders', () => {
  test('default: every header it knows, in any case; lists take their first value; undefined is skipped', () => {
    const parsed = parseSynapseHeaders({
      Name: 'Typed',
      timeout: '2.5',
      computed_body_hash: 'abc',
      header_size: '10',
      total_size: ['20', '30'],
      skipped: undefined,
      'content-type': 'application/json',
      bt_header_axon_status_code: '200',
      bt_header_axon_status_message: 'Success',
      bt_header_axon_process_time: '0.25',
      bt_header_axon_ip: '10.0.0.2',
      bt_header_axon_port: '8091',
      bt_header_axon_version: '1000',
      BT_HEADER_DENDRITE_NONCE: '17',
      bt_header_dendrite_uuid: 'u-1',
      bt_header_dendrite_hotkey: 'hot',
      bt_header_dendrite_signature: '0xsig',
      bt_header_dendrite_unknown: 'ignored',
      bt_header_dendrite_port: undefined,
      bt_header_input_obj_list: Buffer.from('[1,2]').toString('base64'),
    });
    expect(parsed).toEqual({
      name: 'Typed',
      timeout: 2.5,
      computedBodyHash: 'abc',
      headerSize: 10,
      totalSize: 20,
      axon: {
        status_code: 200,
        status_message: 'Success',
        process_time: 0.25,
        ip: '10.0.0.2',
        port: 8091,
        version: 1000,
      },
      dendrite: { nonce: 17n, uuid: 'u-1', hotkey: 'hot', signature: '0xsig' },
      inputObj: { list: [1, 2] },
    });
  });

  test('error: integer headers refuse fractions; number headers refuse blanks and non-numbers (SDK_PROTOCOL_INVALID_HEADERS)', () => {
    const refused: [Record<string, string>, string][] = [
      [{ header_size: '1.5' }, 'Header header_size = "1.5" is not a number.'],
      [{ total_size: '2.5' }, 'Header total_size = "2.5" is not a number.'],
      [{ bt_header_axon_status_code: '1.5' }, 'Header status_code = "1.5" is not a number.'],
      [{ bt_header_axon_port: '80.5' }, 'Header port = "80.5" is not a number.'],
      [{ bt_header_axon_version: '0.1' }, 'Header version = "0.1" is not a number.'],
      [{ timeout: ' ' }, 'Header timeout = " " is not a number.'],
      [{ timeout: '' }, 'Header timeout = "" is not a number.'],
      [{ timeout: 'soon' }, 'Header timeout = "soon" is not a number.'],
      [{ bt_header_dendrite_process_time: 'Infinity' }, 'Header process_time = "Infinity" is not a number.'],
    ];
    for (const [headers, message] of refused)
      expectSdkError(() => parseSynapseHeaders(headers), 'SDK_PROTOCOL_INVALID_HEADERS', message);
  });

  test('error: a nonce that is not all decimal digits (SDK_PROTOCOL_INVALID_HEADERS)', () => {
    for (const nonce of ['12a', 'a12', '-1', '1.0', ''])
      expectSdkError(
        () => parseSynapseHeaders({ bt_header_dendrite_nonce: nonce }),
        'SDK_PROTOCOL_INVALID_HEADERS',
        `nonce "${nonce}" is not an integer.`,
      );
  });

  test('error: an input_obj header that is not base64 JSON, with the parse error as its cause', () => {
    const error = expectSdkError(
      () => parseSynapseHeaders({ bt_header_input_obj_list: Buffer.from('[1,').toString('base64') }),
      'SDK_PROTOCOL_INVALID_HEADERS',
      'Header bt_header_input_obj_list is not base64 JSON.',
    );
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
  });
});
