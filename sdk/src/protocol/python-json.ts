/**
 * `JSON.stringify` that writes `bigint` values as exact JSON integers (Python's `json.dumps` of a large `int`), e.g.
 * nanosecond nonces above 2^53, and keeps the sign of `-0` (`-0.0`), so body hashes survive the round trip.
 *
 * @example
 * pythonJson({ nonce: 1700000000123456789n }); // '{"nonce":1700000000123456789}'
 */
export function pythonJson(value: unknown): string {
  const marker = '\u0000bigint:';
  const text = JSON.stringify(value, (_key, v) => {
    if (typeof v === 'bigint') return `${marker}${v}`;
    if (v === 0 && Object.is(v, -0)) return `${marker}-0.0`;
    return v;
  });
  return text.replace(/"\\u0000bigint:(-?[\d.]+)"/g, '$1');
}
