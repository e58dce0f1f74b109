import { shortAddress } from './short-address.js';

/** Fields every line carries that the pretty form shows in its own columns or leaves out. */
const SHOWN_APART = new Set(['level', 'time', 'msg', 'name', 'pid']);
/** An SS58 address or a long hex string (hash, public key): shortened for the eye. */
const LONG_KEY = /^(?:[1-9A-HJ-NP-Za-km-z]{40,}|0x[0-9a-fA-F]{24,})$/;

/**
 * One JSON log line (as `jsonLinesLogger` writes it) as lines for a person at a terminal:
 * `12:03:04 INFO  validator step completed step=3 block=41 responded=4`. Addresses and long hex are shortened,
 * fractions keep four decimals; a list of records (a validator's per-miner scores) follows as one indented
 * `key=value` line per record; other nested values are JSON. A line that is not a JSON object comes back unchanged.
 * The JSON form (files, pipes) keeps every value in full.
 *
 * @example
 * prettyLogLine('{"level":"info","time":0,"name":"miner","msg":"miner ready","port":8091}\n');
 * // '00:00:00 INFO  miner miner ready port=8091\n' (in UTC)
 */
export function prettyLogLine(line: string): string {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return line;
  }
  if (!isRecord(record)) return line;
  const time =
    typeof record.time === 'number' ? new Date(record.time).toISOString().slice(11, 19) : '--:--:--';
  const level = String(record.level ?? 'info')
    .toUpperCase()
    .padEnd(5);
  const head = [time, level, String(record.name ?? ''), String(record.msg ?? '')].filter(
    (part) => part !== '',
  );
  const fields = Object.entries(record).filter(([key]) => !SHOWN_APART.has(key));
  const lists = fields.filter((entry): entry is [string, Record<string, unknown>[]] =>
    isRecordList(entry[1]),
  );
  const rest = fields.filter(([, value]) => !isRecordList(value));
  const rows = lists.flatMap(([, items]) =>
    items.map((item) => `  ${pairs(Object.entries(item)).join(' ')}`),
  );
  return `${[...head, ...pairs(rest), ...lists.map(([key, items]) => `${key}=${items.length}`)].join(' ')}\n${rows.map((row) => `${row}\n`).join('')}`;
}

function pairs(entries: [string, unknown][]): string[] {
  return entries.map(([key, value]) => `${key}=${shown(value)}`);
}

function shown(value: unknown): string {
  if (typeof value === 'string') return LONG_KEY.test(value) ? shortAddress(value) : value;
  if (typeof value === 'number' && !Number.isInteger(value)) return String(Number(value.toFixed(4)));
  return JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRecordList(value: unknown): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.length > 0 && value.every(isRecord);
}
