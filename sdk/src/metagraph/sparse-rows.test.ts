import { describe, expect, test } from 'vitest';
import { decodeSparseRow } from './sparse-rows.js';

const malformed = expect.objectContaining({ code: 'SDK_METAGRAPH_MALFORMED' });

describe('decodeSparseRow', () => {
  test('default: a stored Vec<(u16, u16)>; absent or empty is an empty row', () => {
    const row = decodeSparseRow(Uint8Array.from([8, 1, 0, 255, 255, 0, 1, 2, 0]));
    expect([[...row.uids], [...row.values]]).toEqual([
      [1, 256],
      [65_535, 2],
    ]);
    expect(decodeSparseRow(null).uids).toHaveLength(0);
    expect(decodeSparseRow(Uint8Array.from([0])).values).toHaveLength(0);
  });

  test('error: a truncated row is SDK_METAGRAPH_MALFORMED', () => {
    expect(() => decodeSparseRow(Uint8Array.from([8, 1, 0, 255]))).toThrow(malformed);
  });
});
