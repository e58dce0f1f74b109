import { describe, expect, it } from 'vitest';
import { method, result } from './rpc-method.js';
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
    const answer = (text: string) =>
      method({ params: [], result: result<string>('string'), doc: text, handler: () => text });
    const table = denyUnsafeMethods({ dev_newBlock: answer('built'), system_name: answer('node') });
    expect(() => table.dev_newBlock!.run({} as never, [], {} as never)).toThrow(
      expect.objectContaining({
        rpcCode: -32601,
        shortMessage: 'RPC call is unsafe to be called externally',
      }),
    );
    expect(table.dev_newBlock!.doc).toBe('built');
    expect(table.system_name!.run({} as never, [], {} as never)).toBe('node');
  });
});
