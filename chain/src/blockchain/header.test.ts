import { TypeRegistry } from '@polkadot/types';
import { u8aToHex } from '@polkadot/util';
import { describe, expect, it } from 'vitest';
import { decodeHeader, encodeHeader, headerHash, headerToJson } from './header.js';

describe('block header', () => {
  it('default: hashes exactly as @polkadot/types computes header.hash from the RPC JSON', () => {
    const header = {
      parentHash: new Uint8Array(32).fill(7),
      number: 1234,
      stateRoot: new Uint8Array(32).fill(8),
      extrinsicsRoot: new Uint8Array(32).fill(9),
      digest: [],
    };
    const client = new TypeRegistry().createType('Header', headerToJson(header));
    expect(client.hash.toHex()).toBe(u8aToHex(headerHash(header)));
    expect(u8aToHex(client.toU8a())).toBe(u8aToHex(encodeHeader(header)));
    expect(decodeHeader(encodeHeader(header))).toEqual(header);
    expect(headerToJson(header).number).toBe('0x4d2');
  });
});
