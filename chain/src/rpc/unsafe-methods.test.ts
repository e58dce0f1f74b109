import { describe, expect, it } from 'vitest';
import { createMethodTable } from './methods.js';
import { method, result } from './rpc-method.js';
import { denyUnsafeMethods, servesUnsafeMethods } from './unsafe-methods.js';

describe('unsafe methods', () => {
  it('behavior: --rpc-methods auto serves unsafe methods on loopback addresses only', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.0.2'])
      expect(servesUnsafeMethods('auto', host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.10'])
      expect(servesUnsafeMethods('auto', host), host).toBe(false);
    expect(servesUnsafeMethods('unsafe', '0.0.0.0')).toBe(true);
    expect(servesUnsafeMethods('safe', '127.0.0.1')).toBe(false);
  });

  it("default: the unsafe methods are the dev_* controls, state_getKeys and system_dryRun, as Substrate's, and subnetkit_forecast", () => {
    const table = createMethodTable({ devRpc: true });
    const unsafe = Object.keys(table).filter((name) => table[name]?.unsafe);
    expect(unsafe.sort()).toEqual([
      'dev_newBlock',
      'dev_setBlockBuildMode',
      'dev_setStorage',
      'dev_timeTravel',
      'state_getKeys',
      'subnetkit_forecast',
      'system_dryRun',
    ]);
  });

  it('error: a denied method answers -32601 RPC call is unsafe to be called externally', () => {
    const answer = (text: string, unsafe: boolean) =>
      method({
        params: [],
        result: result<string>('string'),
        doc: text,
        ...(unsafe ? { unsafe } : {}),
        handler: () => text,
      });
    const table = denyUnsafeMethods({
      dev_newBlock: answer('built', true),
      system_name: answer('node', false),
    });
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
