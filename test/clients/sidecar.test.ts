/**
 * @substrate/api-sidecar and @substrate/txwrapper-core, as published on npm, against `subnetkit devnet`
 * in a child process: sidecar's account, block, runtime, pallet-storage and transaction endpoints answer
 * 200, and a transfer built offline with txwrapper-core from sidecar's `/transaction/material`, signed
 * with a keyring pair, fee-estimated and submitted through sidecar, moves exactly amount + fee.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { construct, defineMethod, getRegistryBase } from '@substrate/txwrapper-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevnetProcess, spawnDevnet } from '../support/devnet-process.js';

/** sidecar's entry point (its package.json names it under `bin`; `main` is a shell command). */
const sidecarMain = join(
  dirname(createRequire(import.meta.url).resolve('@substrate/api-sidecar/package.json')),
  'build/src/main.js',
);
const AMOUNT = 4n * 10n ** 9n;
let devnet: DevnetProcess;
let sidecar: ChildProcess;
let base: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null ? resolve(address.port) : reject(),
      );
    });
  });
}

/**
 * Starts sidecar on a free port against `url`; resolves once it listens. NODE_ENV=production because
 * sidecar silences its console logger under NODE_ENV=test, which vitest sets.
 */
async function startSidecar(url: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [sidecarMain], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SAS_SUBSTRATE_URL: url,
      SAS_EXPRESS_PORT: String(port),
      SAS_LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const read = (d: Buffer) => {
      out += d.toString();
      if (out.includes('Listening on')) resolve();
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`sidecar exited ${code}: ${out}`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

async function get<T>(path: string): Promise<T> {
  const res = await fetch(`${base}${path}`);
  expect(res.status, `${path}: ${res.status}`).toBe(200);
  return (await res.json()) as T;
}

async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as T;
  expect(res.status, `${path}: ${JSON.stringify(json)}`).toBe(200);
  return json;
}

interface BalanceInfo {
  nonce: string;
  free: string;
  locks: unknown[];
}

beforeAll(async () => {
  await cryptoWaitReady();
  devnet = await spawnDevnet(['--tmp', '--instant']);
  ({ child: sidecar, base } = await startSidecar(devnet.url));
}, 90_000);
afterAll(async () => {
  sidecar?.kill('SIGTERM');
  expect(await devnet?.stop()).toBe(0);
});

describe('sidecar and txwrapper-core', () => {
  it('default: balance-info, blocks/head, runtime/metadata and pallet storage answer 200', async () => {
    const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
    const info = await get<BalanceInfo>(`/accounts/${alice.address}/balance-info`);
    expect(BigInt(info.free)).toBeGreaterThan(0n);
    expect(info.locks).toEqual([]);
    const head = await get<{ number: string }>('/blocks/head');
    expect(Number(head.number)).toBeGreaterThanOrEqual(0);
    const metadata = await get<{ metadata: { v14?: unknown; v15?: unknown } }>('/runtime/metadata');
    expect(metadata.metadata).toBeDefined();
    const storage = await get<{ pallet: string; items: { name: string }[] }>(
      '/pallets/SubtensorModule/storage?onlyIds=true',
    );
    expect(storage.items.length).toBeGreaterThan(10);
    const total = await get<{ value: string }>('/pallets/SubtensorModule/storage/TotalNetworks');
    expect(Number(total.value)).toBe(1);
  }, 60_000);

  it('behavior: a txwrapper-core transfer, fee-estimated and submitted through POST /transaction', async () => {
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    const alice = keyring.addFromUri('//Alice');
    const bob = keyring.addFromUri('//Bob//sidecar');
    const material = await get<{
      at: { hash: string; height: string };
      genesisHash: string;
      specVersion: string;
      txVersion: string;
      metadata: `0x${string}`;
    }>('/transaction/material?metadata=scale');
    const registry = getRegistryBase({
      chainProperties: { ss58Format: 42, tokenDecimals: 9, tokenSymbol: 'TAO' },
      specTypes: {},
      metadataRpc: material.metadata,
    });
    const aliceBefore = await get<BalanceInfo>(`/accounts/${alice.address}/balance-info`);
    const bobBefore = await get<BalanceInfo>(`/accounts/${bob.address}/balance-info`);
    const unsigned = defineMethod(
      {
        address: alice.address,
        blockHash: material.at.hash,
        blockNumber: Number(material.at.height),
        eraPeriod: 64,
        genesisHash: material.genesisHash,
        metadataRpc: material.metadata,
        nonce: Number(aliceBefore.nonce),
        specVersion: Number(material.specVersion),
        transactionVersion: Number(material.txVersion),
        tip: 0,
        method: {
          pallet: 'balances',
          name: 'transferKeepAlive',
          args: { dest: { id: bob.address }, value: AMOUNT.toString() },
        },
      },
      { metadataRpc: material.metadata, registry },
    );
    const payload = construct.signingPayload(unsigned, { registry });
    const { signature } = registry
      .createType('ExtrinsicPayload', payload, { version: unsigned.version })
      .sign(alice);
    const tx = construct.signedTx(unsigned, signature, { metadataRpc: material.metadata, registry });

    const { partialFee } = await post<{ partialFee: string }>('/transaction/fee-estimate', { tx });
    const fee = BigInt(partialFee);
    expect(fee).toBeGreaterThan(0n);
    const { hash } = await post<{ hash: string }>('/transaction', { tx });
    expect(hash).toBe(construct.txHash(tx));

    const block = await get<{
      extrinsics: {
        hash: string;
        success: boolean;
        events: { method: { pallet: string; method: string } }[];
      }[];
    }>('/blocks/head');
    const included = block.extrinsics.find((x) => x.hash === hash);
    expect(included?.success).toBe(true);
    expect(included?.events.map((e) => `${e.method.pallet}.${e.method.method}`)).toEqual(
      expect.arrayContaining(['balances.Transfer', 'transactionPayment.TransactionFeePaid']),
    );
    const aliceAfter = await get<BalanceInfo>(`/accounts/${alice.address}/balance-info`);
    const bobAfter = await get<BalanceInfo>(`/accounts/${bob.address}/balance-info`);
    expect(BigInt(aliceBefore.free) - BigInt(aliceAfter.free)).toBe(AMOUNT + fee);
    expect(BigInt(bobAfter.free) - BigInt(bobBefore.free)).toBe(AMOUNT);
  }, 60_000);
});
