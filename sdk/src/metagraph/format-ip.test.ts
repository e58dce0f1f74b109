import { describe, expect, test } from 'vitest';
import { formatIp } from './format-ip.js';

/** The u128 `ip` of an axon as little-endian bytes, from its big-endian 16-bit groups. */
const ipv6 = (groups: number[]) => {
  const bytes = new Uint8Array(16);
  groups.forEach((group, i) => {
    bytes[15 - 2 * i] = group >> 8;
    bytes[14 - 2 * i] = group & 0xff;
  });
  return bytes;
};

describe('formatIp', () => {
  test('default: IPv4 as a dotted quad from the little-endian u128', () => {
    expect(formatIp(Uint8Array.from([1, 1, 168, 192, ...new Array(12).fill(0)]), 4)).toBe('192.168.1.1');
  });

  test('behavior: IPv6 in RFC 5952 form (longest zero run as ::, first of equal runs, no :: for one zero)', () => {
    expect(formatIp(ipv6([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]), 6)).toBe('2001:db8::1');
    expect(formatIp(ipv6([0, 0, 0, 0, 0, 0, 0, 0]), 6)).toBe('::');
    expect(formatIp(ipv6([0, 0, 0, 0, 0, 0, 0, 1]), 6)).toBe('::1');
    expect(formatIp(ipv6([0x2001, 0, 0, 1, 0, 0, 0, 1]), 6)).toBe('2001:0:0:1::1');
    expect(formatIp(ipv6([0x2001, 0, 0, 1, 0, 0, 1, 1]), 6)).toBe('2001::1:0:0:1:1');
    expect(formatIp(ipv6([1, 0, 2, 0, 3, 0, 4, 0]), 6)).toBe('1:0:2:0:3:0:4:0');
    expect(formatIp(ipv6([0xfe80, 0, 0, 0, 0xabcd, 0, 0, 0]), 6)).toBe('fe80::abcd:0:0:0');
  });
});
