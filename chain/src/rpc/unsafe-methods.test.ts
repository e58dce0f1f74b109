import { describe, expect, it } from 'vitest';
import { denyUnsafeMethods, isUnsafeMethod, servesUnsafeMethods } from './unsafe-methods.js';

describe('unsafe methods', () => {
  it('behavior: --rpc-methods auto serves unsafe methods on loopback addresses only', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.0.2'])
      expect(servesUnsafeMethods('auto', host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.10'])
      expect(servesUnsafeMethods('auto', host), host).toBe(false);
    expect(servesUnsafeMethods('unsafe', '0.0.0.0')).toBe(true);
    expect(servesUnsafeMethods('safe', '127.0.0.1')).toBe(false);
  });

  it('error: a denied method answers -32601 RPC call is unsafe to be called externally', () => {
    expect(isUnsafeMethod('dev_newBlock')).toBe(true);
    expect(isUnsafeMethod('author_submitExtrinsic')).toBe(false);
    const table = denyUnsafeMethods({ dev_newBlock: () => 'built', system_name: () => 'node' });
    expect(() => table.dev_newBlock!({} as never, [], {} as never)).toThrow(
      expect.objectContaining({ code: -32601, message: 'RPC call is unsafe to be called externally' }),
    );
    expect(table.system_name!({} as never, [], {} as never)).toBe('node');
  });
});
