/**
 * Bittensor's `TerminalInfo` (one side of a call), in its field order. Absent values are not sent.
 *
 * @example
 * const dendrite: TerminalInfo = { ip: '10.0.0.1', version: 10002000, nonce: 1n, uuid, hotkey };
 */
export type TerminalInfo = {
  status_code?: number;
  status_message?: string;
  process_time?: number;
  ip?: string;
  port?: number;
  version?: number;
  nonce?: bigint;
  uuid?: string;
  hotkey?: string;
  signature?: string;
};

/**
 * TerminalInfo field names in pydantic `model_dump()` order.
 *
 * @example
 * for (const field of TERMINAL_INFO_FIELDS) console.log(field, synapse.dendrite[field]);
 */
export const TERMINAL_INFO_FIELDS = [
  'status_code',
  'status_message',
  'process_time',
  'ip',
  'port',
  'version',
  'nonce',
  'uuid',
  'hotkey',
  'signature',
] as const satisfies readonly (keyof TerminalInfo)[];

/**
 * A TerminalInfo as the JSON a Python `model_dump()` gives: every field present, `null` when unset.
 *
 * @example
 * terminalInfoJson({ ip: '1.2.3.4', port: 8091 }); // { status_code: null, …, ip: '1.2.3.4', port: 8091, … }
 */
export function terminalInfoJson(info: TerminalInfo): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const field of TERMINAL_INFO_FIELDS) {
    const value = info[field];
    out[field] = value === undefined ? null : typeof value === 'bigint' ? Number(value) : value;
  }
  return out;
}
