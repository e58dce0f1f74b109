import { describe, expect, test } from 'vitest';
import { decodeIp, encodeIp } from './ip-address.js';

describe('encodeIp / decodeIp', () => {
  test('default: IPv4 as a big-endian integer with type 4', () => {
    expect(encodeIp('1.2.3.4')).toEqual({ ip: 0x01020304n, ipType: 4 });
    expect(encodeIp('255.255.255.255')).toEqual({ ip: 0xffffffffn, ipType: 4 });
    expect(decodeIp(0x01020304n, 4)).toBe('1.2.3.4');
  });

  test('default: IPv6 with and without the :: shorthand', () => {
    expect(encodeIp('2001:db8::1')).toEqual({ ip: 0x20010db8000000000000000000000001n, ipType: 6 });
    expect(encodeIp('::1')).toEqual({ ip: 1n, ipType: 6 });
    expect(encodeIp('::')).toEqual({ ip: 0n, ipType: 6 });
    expect(encodeIp('1:2:3:4:5:6:7:8').ip).toBe(0x00010002000300040005000600070008n);
    expect(decodeIp(0x20010db8000000000000000000000001n, 6)).toBe('2001:db8:0:0:0:0:0:1');
  });

  test('behavior: decode of encode is the canonical text', () => {
    for (const text of ['10.0.0.1', '192.168.1.254', '0.0.0.0']) {
      const { ip, ipType } = encodeIp(text);
      expect(decodeIp(ip, ipType)).toBe(text);
    }
  });

  test('behavior: a neuron that never served (type 0) reads 0.0.0.0', () => {
    expect(decodeIp(0n, 0)).toBe('0.0.0.0');
  });

  test.each([
    '1.2.3',
    '1.2.3.256',
    'example.com',
    '1::2::3',
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4::5:6:7:8',
    '12345::1',
    '',
  ])('error: %j is SDK_INVALID_ARGUMENT', (text) => {
    expect(() => encodeIp(text)).toThrow(expect.objectContaining({ code: 'SDK_INVALID_ARGUMENT' }));
  });
});
