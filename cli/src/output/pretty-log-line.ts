/** Fields every line carries that the pretty form shows in its own columns or leaves out. */
const SHOWN_APART = new Set(['level', 'time', 'msg', 'name', 'pid']);

/**
 * One JSON log line (as `jsonLinesLogger` writes it) as a line for a person at a terminal:
 * `12:03:04 INFO  validator step completed step=3 block=41 responded=4`. Nested values are JSON; a line that is
 * not a JSON object comes back unchanged.
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
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return line;
  const fields: Record<string, unknown> = { ...record };
  const time =
    typeof fields.time === 'number' ? new Date(fields.time).toISOString().slice(11, 19) : '--:--:--';
  const level = String(fields.level ?? 'info')
    .toUpperCase()
    .padEnd(5);
  const rest = Object.entries(fields)
    .filter(([key]) => !SHOWN_APART.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const head = [time, level, String(fields.name ?? ''), String(fields.msg ?? '')].filter(
    (part) => part !== '',
  );
  return `${[...head, ...rest].join(' ')}\n`;
}
