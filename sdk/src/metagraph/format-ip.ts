/**
 * Formats an axon's `ip` (a little-endian u128 as stored in `AxonInfo`) as text: dotted quad for `ipType` 4,
 * RFC 5952 (lower-case, longest zero run as `::`) for `ipType` 6.
 *
 * @example
 * formatIp(Uint8Array.from([1, 0, 0, 127, ...new Array(12).fill(0)]), 4); // '127.0.0.1'
 */
export function formatIp(ipLittleEndian: Uint8Array, ipType: number): string {
  if (ipType !== 6) {
    return `${ipLittleEndian[3]}.${ipLittleEndian[2]}.${ipLittleEndian[1]}.${ipLittleEndian[0]}`;
  }
  const groups: number[] = [];
  for (let i = 15; i > 0; i -= 2) groups.push((ipLittleEndian[i] << 8) | ipLittleEndian[i - 1]);
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < 8; start++) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === 0) length++;
    if (length > bestLength) {
      bestStart = start;
      bestLength = length;
    }
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}
