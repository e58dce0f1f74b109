import { describe, expect, it } from 'vitest';
import { createOriginCheck, DEFAULT_RPC_CORS, parseRpcCors } from './origin-policy.js';

describe('origin policy', () => {
  it('default: pages on this machine and clients without an Origin are served, others are not', () => {
    const allowed = createOriginCheck(DEFAULT_RPC_CORS);
    for (const origin of [
      undefined,
      'http://localhost:3000',
      'https://127.0.0.1:8443',
      'http://[::1]:9944',
      'http://localhost',
    ]) {
      expect(allowed(origin), String(origin)).toBe(true);
    }
    for (const origin of [
      'http://evil.example',
      'http://localhost.evil.example',
      'http://127.0.0.1.evil.example:80',
      'http://localhost:3000@evil.example',
      'null',
      'https://polkadot.js.org',
    ]) {
      expect(allowed(origin), origin).toBe(false);
    }
  });

  it('args: `all` and explicit lists (exact, or any port with `:*`)', () => {
    expect(createOriginCheck(parseRpcCors('all'))('http://evil.example')).toBe(true);
    const allowed = createOriginCheck(parseRpcCors(' https://polkadot.js.org/ , http://app.test:*,null'));
    expect(allowed('https://polkadot.js.org')).toBe(true);
    expect(allowed('http://app.test:5173')).toBe(true);
    expect(allowed('null')).toBe(true);
    expect(allowed('http://localhost:3000')).toBe(false);
    expect(allowed('http://polkadot.js.org')).toBe(false);
    expect(() => parseRpcCors(' , ')).toThrow(expect.objectContaining({ code: 'CHAIN_OPTIONS_INVALID' }));
  });
});
