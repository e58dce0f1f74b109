/**
 * JSON with bigints written as decimal strings (balances and stakes are rao and exceed 2^53) and Uint8Arrays as
 * `0x` hex, two-space indented, newline-terminated.
 *
 * @example
 * jsonText({ free: 5_000_000_000n }); // '{\n  "free": "5000000000"\n}\n'
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(
    value,
    (_key, inner: unknown) => {
      if (typeof inner === 'bigint') return inner.toString();
      if (inner instanceof Uint8Array) return `0x${Buffer.from(inner).toString('hex')}`;
      return inner;
    },
    2,
  )}\n`;
}
