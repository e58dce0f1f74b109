import { describe, expect, test } from 'vitest';
import { createNonceManager } from './nonce-manager.js';

describe('createNonceManager', () => {
  test('default: concurrent calls for one address get consecutive nonces from one fetch', async () => {
    const nonces = createNonceManager();
    let fetches = 0;
    const fetch = async () => {
      fetches++;
      await new Promise((r) => setTimeout(r, 5));
      return 7;
    };
    const got = await Promise.all(Array.from({ length: 5 }, () => nonces.next('a', fetch)));
    expect(got).toEqual([7, 8, 9, 10, 11]);
    expect(fetches).toBe(1);
  });

  test('behavior: addresses are independent', async () => {
    const nonces = createNonceManager();
    expect(await nonces.next('a', async () => 3)).toBe(3);
    expect(await nonces.next('b', async () => 40)).toBe(40);
    expect(await nonces.next('a', async () => 99)).toBe(4);
  });

  test('behavior: reset makes the next call fetch again (one address or all)', async () => {
    const nonces = createNonceManager();
    await nonces.next('a', async () => 1);
    await nonces.next('b', async () => 1);
    nonces.reset('a');
    expect(await nonces.next('a', async () => 10)).toBe(10);
    expect(await nonces.next('b', async () => 10)).toBe(2);
    nonces.reset();
    expect(await nonces.next('b', async () => 20)).toBe(20);
  });

  test('error: a failed fetch rejects that call only; the next call fetches again', async () => {
    const nonces = createNonceManager();
    const failed = nonces.next('a', async () => {
      throw new Error('node down');
    });
    const next = nonces.next('a', async () => 5);
    await expect(failed).rejects.toThrow('node down');
    expect(await next).toBe(5);
  });
});
