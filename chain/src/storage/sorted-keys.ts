/**
 * Binary search and merge helpers over sorted arrays of lowercase hex keys (string order = byte order).
 */
import type { StorageKey } from './types.js';

/**
 * Index of the first element `>= key` (`strict`: `> key`) in an ascending array.
 *
 * @example
 * lowerBound(['0x01', '0x03'], '0x02'); // 1
 * lowerBound(['0x01', '0x03'], '0x01', true); // 1
 */
export function lowerBound(sorted: readonly string[], key: string, strict = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const value = sorted[mid] as string;
    if (value < key || (strict && value === key)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the first key that starts with `prefix` and is strictly greater than `startKey`
 * (when given) — where a `state_getKeysPaged` scan begins.
 *
 * @example
 * scanStart(['0x0100', '0x0101', '0x02'], '0x01', '0x0100'); // 1
 */
export function scanStart(sorted: readonly string[], prefix: string, startKey?: StorageKey): number {
  return startKey !== undefined && startKey >= prefix
    ? lowerBound(sorted, startKey, true)
    : lowerBound(sorted, prefix);
}

/**
 * Merges new keys into an ascending array of unique keys, returning a new array (the input is
 * untouched, so iterators over it stay valid).
 *
 * @example
 * mergeSorted(['0x01', '0x03'], ['0x02', '0x01']); // ['0x01', '0x02', '0x03']
 */
export function mergeSorted(sorted: readonly string[], added: readonly string[]): string[] {
  const extra = [...new Set(added)].sort();
  const out: string[] = new Array(sorted.length + extra.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < sorted.length || j < extra.length) {
    const a = sorted[i];
    const b = extra[j];
    if (b === undefined || (a !== undefined && a < b)) {
      out[n++] = a as string;
      i++;
    } else if (a === undefined || b < a) {
      out[n++] = b;
      j++;
    } else {
      out[n++] = a;
      i++;
      j++;
    }
  }
  out.length = n;
  return out;
}
