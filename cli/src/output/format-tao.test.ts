import { describe, expect, it } from 'vitest';
import { formatTao } from './format-tao.js';
import { jsonText } from './json-text.js';

describe('formatTao', () => {
  it('default: rao as TAO with trailing zeros trimmed', () => {
    expect(formatTao(0n)).toBe('0.0');
    expect(formatTao(1n)).toBe('0.000000001');
    expect(formatTao(1_500_000_000n, { symbol: true })).toBe('τ1.5');
    expect(formatTao(-2_000_000_000n)).toBe('-2.0');
    expect(formatTao(18_446_744_073_709_551_615n)).toBe('18446744073.709551615');
  });
});

describe('jsonText', () => {
  it('default: bigints as decimal strings, bytes as hex', () => {
    expect(JSON.parse(jsonText({ a: 2n ** 70n, b: Uint8Array.of(1, 255) }))).toEqual({
      a: '1180591620717411303424',
      b: '0x01ff',
    });
  });
});
