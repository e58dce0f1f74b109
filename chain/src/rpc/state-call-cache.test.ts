import { describe, expect, it } from 'vitest';
import { StateCallCache } from './state-call-cache.js';

const large = (c: string) => `0x${c.repeat(2 * 64 * 1024)}`;

describe('StateCallCache', () => {
  it('default: keeps a large answer per block, method and arguments (hex in any case)', () => {
    const cache = new StateCallCache();
    expect(cache.put('0xAA', 'Api_m', '0x0100', large('1'))).toBe(large('1'));
    expect(cache.get('0xaa', 'Api_m', '0x0100')).toBe(large('1'));
    expect(cache.get('0xbb', 'Api_m', '0x0100')).toBeUndefined();
    expect(cache.get('0xaa', 'Api_n', '0x0100')).toBeUndefined();
    expect(cache.get('0xaa', 'Api_m', '0x0200')).toBeUndefined();
  });

  it('behavior: small answers are not kept', () => {
    const cache = new StateCallCache();
    cache.put('0xaa', 'Api_m', '0x', '0x0102');
    expect(cache.get('0xaa', 'Api_m', '0x')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('behavior: the least recently used answer goes first', () => {
    const cache = new StateCallCache(2);
    cache.put('0x01', 'Api_m', '0x', large('1'));
    cache.put('0x02', 'Api_m', '0x', large('2'));
    cache.get('0x01', 'Api_m', '0x');
    cache.put('0x03', 'Api_m', '0x', large('3'));
    expect(cache.size).toBe(2);
    expect(cache.get('0x02', 'Api_m', '0x')).toBeUndefined();
    expect(cache.get('0x01', 'Api_m', '0x')).toBe(large('1'));
    expect(cache.get('0x03', 'Api_m', '0x')).toBe(large('3'));
  });
});
