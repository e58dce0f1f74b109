import { describe, expect, test } from 'vitest';
import { hashKeyPart, storageKey, storagePrefix } from './storage-key.js';

// Alice's sr25519 public key (//Alice).
const alice = Uint8Array.from(
  Buffer.from('d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d', 'hex'),
);

describe('storageKey', () => {
  test('default', () => {
    expect(storagePrefix('System', 'Number')).toBe(
      '0x26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac',
    );
    expect(storagePrefix('System', 'Events')).toBe(
      '0x26aa394eea5630e07c48ae0c9558cef780d41e5e16056765bc8461851072c9d7',
    );
    expect(storageKey('System', 'Account', ['Blake2_128Concat', alice])).toBe(
      '0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9de1e86a9a8c739864cf3cc5ec2bea59fd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d',
    );
  });

  test('behavior: a double map with Identity hashers, and its iteration prefix', () => {
    const u16 = (n: number) => new Uint8Array([n & 0xff, n >> 8]);
    expect(storageKey('SubtensorModule', 'Weights', ['Identity', u16(1)], ['Identity', u16(0)])).toBe(
      '0x658faa385070e074c85bf6b568cf0555a1e7036061f484bc3048a64b64e35ec401000000',
    );
    expect(storageKey('SubtensorModule', 'Weights', ['Identity', u16(1)])).toBe(
      '0x658faa385070e074c85bf6b568cf0555a1e7036061f484bc3048a64b64e35ec40100',
    );
  });

  test('behavior: hasher output lengths', () => {
    const data = new Uint8Array([1, 2, 3]);
    expect(hashKeyPart('Identity', data)).toEqual(data);
    expect(hashKeyPart('Twox64Concat', data).length).toBe(8 + 3);
    expect(hashKeyPart('Blake2_128Concat', data).length).toBe(16 + 3);
    expect(hashKeyPart('Twox128', data).length).toBe(16);
    expect(hashKeyPart('Twox256', data).length).toBe(32);
    expect(hashKeyPart('Blake2_128', data).length).toBe(16);
    expect(hashKeyPart('Blake2_256', data).length).toBe(32);
    expect([...hashKeyPart('Twox64Concat', data).slice(8)]).toEqual([1, 2, 3]);
  });
});
