/**
 * docs/incentives.md's "Forecasting a subnet" example runs as written against a fresh devnet (wallet folder aside),
 * and prints the summary and price path the page shows.
 */
import { join } from 'node:path';
import { type Devnet, startDevnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npxSubnetkit, readDoc, runBash, shellBlockAfter } from '../support/shell-blocks.js';
import { tempDir } from './helpers.js';

const dir = tempDir('subnetkit-forecast-docs-');
let devnet: Devnet;

beforeAll(async () => {
  devnet = await startDevnet({ port: 0, mode: 'instant' });
}, 60_000);
afterAll(async () => {
  await devnet?.close();
  dir.remove();
});

describe('docs/incentives.md', () => {
  it('behavior: the forecasting example runs as written and prints what the page shows', {
    timeout: 180_000,
  }, async () => {
    const block = shellBlockAfter(readDoc('docs/incentives.md'), 'with an owner and 100 TAO staked');
    const run = await runBash(
      npxSubnetkit + block.replaceAll('/tmp/devnet-wallets', join(dir.path, 'wallets')),
      {
        PATH: process.env.PATH ?? '',
        HOME: dir.path,
        SUBNETKIT_SUBTENSOR_CHAIN_ENDPOINT: devnet.url,
      },
    );
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/^netuid 1 {2}forecast of 1000 blocks after #\d+/m);
    expect(run.output).toMatch(
      /^next block #\d+: τ[\d.]+ and α[\d.]+ into the pool, τ[\d.]+ buying alpha, α[\d.]+ to the subnet/m,
    );
    expect(run.output).toMatch(/^owner cut: α[\d.]+ over 2 epoch\(s\), α[\d.]+ per epoch on average/m);
    expect(run.output).toMatch(/^\s*block\s+price \(τ\/α\)\s+moving price/m);
  });
});
