/**
 * createMiner and `subnetkit miner` against a real devnet: serve_axon on start (and skipped when the chain already
 * has the axon), the metagraph-backed allowlist (validator allowed, unregistered refused, a late registration
 * allowed after the refresh), /healthz and /metrics, graceful shutdown draining an in-flight request, and the CLI
 * process answering a signed request and exiting cleanly on SIGTERM.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli } from '@subnetkit/cli';
import { createMiner, type Miner, type MinerOptions, type ModelRunner } from '@subnetkit/miner';
import {
  createDendrite,
  createKeypair,
  createSigner,
  cryptoReady,
  defineSynapse,
  encodeIp,
  type Keypair,
  type Synapse,
  serveAxon,
  walletPaths,
  writeKeyfile,
} from '@subnetkit/sdk';
import { Digits, digitsForward, encodeImage, modelPath } from '@subnetkit/subnet-template';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  type MinerChain,
  minerHot,
  registerStaked,
  runEpoch,
  startMinerChain,
  validatorHot,
} from './miner-chain.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runCliScript = fileURLToPath(new URL('../devnet/fixtures/run-cli.ts', import.meta.url));
const EXTERNAL = { ip: '203.0.113.7', port: 8091 };
const image = () => encodeImage(Uint8Array.from({ length: 784 }, (_, i) => (i * 7) % 256));

let chain: MinerChain;
const cleanups: (() => Promise<unknown> | unknown)[] = [];

beforeAll(async () => {
  await cryptoReady();
  chain = await startMinerChain();
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await chain?.close();
});

function digitsMiner(overrides: Partial<MinerOptions> = {}): Miner {
  const miner = createMiner({
    client: chain.client,
    signer: minerHot,
    netuid: chain.netuid,
    synapses: [Digits],
    handlers: (model) => ({ Digits: digitsForward(model) }),
    model: { model: modelPath('mlp-small'), executionProviders: ['cpu'] },
    config: { axon: { port: 0, host: '127.0.0.1', externalIp: EXTERNAL.ip, externalPort: EXTERNAL.port } },
    ...overrides,
  });
  cleanups.push(() => miner.close());
  return miner;
}

/** A miner closed before it was ever started: start() refuses. */
async function createMinerAfterClose() {
  const miner = digitsMiner();
  await miner.close();
  return miner.start();
}

async function query<synapse extends Synapse>(
  caller: Keypair,
  port: number,
  synapse: synapse,
  input: Parameters<ReturnType<typeof createDendrite>['query']>[0]['input'],
) {
  const dendrite = createDendrite({ signer: createSigner(caller) });
  const [result] = await dendrite.query({
    synapse,
    axons: [{ ip: '127.0.0.1', port, hotkey: minerHot.address }],
    input: input as never,
    timeout: 10,
  });
  return result!;
}

async function axonOnChain() {
  const value = await chain.client.api.query.subtensorModule.axons(chain.netuid, minerHot.address);
  return value.toJSON() as {
    block: number;
    ip: number | string;
    port: number;
    protocol: number;
    ipType: number;
  };
}

describe('createMiner', () => {
  it('default: serves its axon on chain, then allows the permitted validator and refuses an unregistered hotkey', async () => {
    const miner = digitsMiner();
    const health = { before: 0 };
    const status = await miner.start();
    expect(status).toMatchObject({ ready: true, served: true, provider: 'cpu', uid: 2 });
    health.before = status.metagraphBlock!;

    const axon = await axonOnChain();
    expect(BigInt(axon.ip)).toBe(encodeIp(EXTERNAL.ip).ip);
    expect(axon).toMatchObject({ port: EXTERNAL.port, protocol: 4, ipType: 4 });

    const port = status.port!;
    const allowed = await query(validatorHot, port, Digits, { images: [image(), image()] });
    expect(allowed.status).toBe(200);
    expect(allowed.response?.predictions).toHaveLength(2);
    const refused = await query(createKeypair({ uri: '//NotRegistered' }), port, Digits, {
      images: [image()],
    });
    expect(refused.status).toBe(403);
    expect(refused.message).toMatch(/not registered/);

    const healthz = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(healthz.status).toBe(200);
    expect(await healthz.json()).toMatchObject({ status: 'ok', ready: true, provider: 'cpu', uid: 2 });
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toContain('model_execution_provider{provider="cpu"} 1');
    expect(metrics).toMatch(/axon_rejections_total\{reason="AXON_NOT_REGISTERED"\} 1/);
    await miner.close();
    expect(miner.status.ready).toBe(false);
  });

  it('behavior: a second start with the same axon skips serve_axon; a hotkey that registers later is allowed after the refresh', async () => {
    const before = await axonOnChain();
    const miner = digitsMiner();
    const status = await miner.start();
    expect(status.served).toBe(false);
    expect((await axonOnChain()).block).toBe(before.block);

    const late = createKeypair({ uri: '//MinerTestLateValidator_hk' });
    expect((await query(late, status.port!, Digits, { images: [image()] })).status).toBe(403);
    await registerStaked(chain, late, 50n);
    await runEpoch(chain.devnet, chain.client, chain.netuid); // the permit comes with the epoch
    await vi.waitFor(
      async () => expect((await query(late, status.port!, Digits, { images: [image()] })).status).toBe(200),
      { timeout: 10_000, interval: 100 },
    );
    expect(miner.status.metagraphBlock).toBeGreaterThan(status.metagraphBlock!);
    await miner.close();
  });

  it('behavior: close() drains an in-flight request, then stops', async () => {
    const Slow = defineSynapse({
      name: 'Slow',
      request: { n: z.int() },
      response: { doubled: z.int().nullable().default(null) },
    });
    let entered!: () => void;
    const handlerEntered = new Promise<void>((resolve) => {
      entered = resolve;
    });
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const events: string[] = [];
    const miner = digitsMiner({
      synapses: [Slow],
      handlers: {
        Slow: async (request) => {
          entered();
          await released;
          events.push('handler done');
          return { doubled: (request.n as number) * 2 };
        },
      },
      config: { axon: { port: 0, host: '127.0.0.1' }, serve: false },
    });
    const { port } = await miner.start();
    const inFlight = query(validatorHot, port!, Slow, { n: 21 });
    await handlerEntered;
    const closed = miner.close().then(() => events.push('closed'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).toEqual([]); // still draining
    release();
    const result = await inFlight;
    await closed;
    expect(result.status).toBe(200);
    expect(result.response?.doubled).toBe(42);
    expect(events).toEqual(['handler done', 'closed']);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });

  it('error: a hotkey that is not registered cannot start (MINER_NOT_REGISTERED) and never listens', async () => {
    const miner = digitsMiner({ signer: createKeypair({ uri: '//MinerTestUnregistered_hk' }) });
    await expect(miner.start()).rejects.toMatchObject({ code: 'MINER_NOT_REGISTERED' });
    expect(miner.status).toMatchObject({ ready: false, port: undefined });
    expect(miner.app).toBeUndefined();
  });

  it('behavior: close() during start() waits for it and undoes it; start() after close() → MINER_CLOSED', async () => {
    const miner = digitsMiner({ config: { axon: { port: 0, host: '127.0.0.1' }, serve: false } });
    const starting = miner.start();
    await miner.close();
    expect((await starting).ready).toBe(true); // start finished before close undid it
    expect(miner.status.ready).toBe(false);
    expect(miner.app?.server.listening).toBe(false);
    await expect(miner.start()).resolves.toBe(await starting); // the same start, not a second one
    await expect(createMinerAfterClose()).rejects.toMatchObject({ code: 'MINER_CLOSED' });
  });

  it('error: serving without an external IP is refused at creation (MINER_OPTIONS_INVALID)', () => {
    expect(() => digitsMiner({ config: { axon: { port: 0 } } })).toThrow(/externalIp is required/);
  });

  it('error: handlers built from a model, with no model to load, are refused at creation (MINER_OPTIONS_INVALID)', () => {
    const options = {
      client: chain.client,
      signer: minerHot,
      netuid: chain.netuid,
      synapses: [Digits],
      handlers: (model: ModelRunner) => ({ Digits: digitsForward(model) }),
      config: { axon: { port: 0, externalIp: EXTERNAL.ip, externalPort: EXTERNAL.port } },
    };
    expect(() => createMiner(options)).toThrow(/need a `model` to load/);
    // Handlers that need no model: no model is loaded, and creation succeeds.
    expect(() =>
      createMiner({ ...options, handlers: { Digits: async () => ({ predictions: [0] }) } }),
    ).not.toThrow();
  });
});

/** Runs the CLI in-process; resolves with its exit code and what it printed. */
async function runCaptured(args: string[]) {
  let stdout = '';
  let stderr = '';
  const sink = (write: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        write(chunk.toString());
        done();
      },
    });
  const code = await runCli(args, {
    stdout: sink((text) => (stdout += text)),
    stderr: sink((text) => (stderr += text)),
    env: { HOME: tmpdir() },
  });
  return { code, stdout, stderr };
}

describe('subnetkit miner', () => {
  it('error: a --subnet module that cannot be loaded or exports no { synapse, forward } → exit 2, nothing started', async () => {
    const base = [
      'miner',
      '--netuid',
      '1',
      '--axon.external_ip',
      EXTERNAL.ip,
      '--model',
      modelPath('mlp-small'),
    ];
    const missing = await runCaptured([...base, '--subnet', './no-such-subnet.ts']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--subnet ./no-such-subnet.ts could not be loaded');
    const shapeless = await runCaptured([
      ...base,
      '--subnet',
      fileURLToPath(new URL('./miner-chain.ts', import.meta.url)),
    ]);
    expect(shapeless.code).toBe(2);
    expect(shapeless.stderr).toMatch(/exports no \{ synapse, forward\(model\) \}/);
  });

  it('starts a miner process that answers a signed request and exits 0 on SIGTERM', async () => {
    const home = mkdtempSync(join(tmpdir(), 'subnetkit-miner-'));
    cleanups.push(() => rmSync(home, { recursive: true, force: true }));
    const wallets = join(home, 'wallets');
    await writeKeyfile({
      path: walletPaths({ path: wallets, name: 'miner', hotkey: 'default' }).hotkey,
      keypair: minerHot,
    });
    const child: ChildProcess = spawn(
      process.execPath,
      [
        '--conditions=source',
        '--import',
        'tsx',
        runCliScript,
        'miner',
        '--netuid',
        String(chain.netuid),
        '--wallet.name',
        'miner',
        '--wallet.path',
        wallets,
        '--subtensor.chain_endpoint',
        chain.devnet.url,
        '--axon.port',
        '0',
        '--axon.ip',
        '127.0.0.1',
        '--axon.external_port',
        String(EXTERNAL.port),
        '--model',
        modelPath('mlp-small'),
        '--model.providers',
        'cpu',
      ],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
        // The external IP comes from the environment, as any flag can.
        env: { ...process.env, HOME: home, SUBNETKIT_AXON_EXTERNAL_IP: EXTERNAL.ip },
      },
    );
    cleanups.push(() => child.kill('SIGKILL'));
    let stdout = '';
    let stderr = '';
    child.stderr?.on('data', (data: Buffer) => {
      stderr += data.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const ready = await new Promise<{ port: number; served: boolean; provider: string }>(
      (resolve, reject) => {
        child.stdout?.on('data', (data: Buffer) => {
          stdout += data.toString();
          const match = /miner ready (\{.*\})/.exec(stdout);
          if (match) resolve(JSON.parse(match[1]!));
        });
        void exited.then((code) => reject(new Error(`miner exited with ${code}: ${stderr}`)));
      },
    );
    expect(ready).toMatchObject({ served: false, provider: 'cpu' }); // the chain already had this axon
    const result = await query(validatorHot, ready.port, Digits, { images: [image()] });
    expect(result.status).toBe(200);
    expect(result.response?.predictions).toHaveLength(1);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('"msg":"miner stopped"');
  }, 60_000);

  it("firewall: prints the validators' IPs as iptables rules, below-min-stake validators left out", async () => {
    await serveAxon(chain.client, {
      signer: validatorHot,
      netuid: chain.netuid,
      ip: '198.51.100.20',
      port: 8091,
    });
    const run = (...args: string[]) =>
      runCaptured([
        'miner',
        'firewall',
        '--netuid',
        String(chain.netuid),
        '--subtensor.chain_endpoint',
        chain.devnet.url,
        ...args,
      ]);
    const rules = await run('--format', 'iptables', '--axon.port', '8091');
    expect(rules.code).toBe(0);
    // Its own chain, flushed and rebuilt, and one jump from INPUT added only if missing: safe to rerun.
    expect(rules.stdout).toBe(
      [
        'iptables -N SUBNETKIT-AXON-8091 2>/dev/null || true',
        'iptables -F SUBNETKIT-AXON-8091',
        'iptables -A SUBNETKIT-AXON-8091 -s 198.51.100.20 -j ACCEPT',
        'iptables -A SUBNETKIT-AXON-8091 -j DROP',
        'iptables -C INPUT -p tcp --dport 8091 -j SUBNETKIT-AXON-8091 2>/dev/null || iptables -I INPUT -p tcp --dport 8091 -j SUBNETKIT-AXON-8091',
        '',
      ].join('\n'),
    );
    const strict = await run('--json', '--blacklist.min_stake', '1000000');
    expect(JSON.parse(strict.stdout)).toMatchObject({ netuid: chain.netuid, ips: [] });
    const none = await run('--format', 'iptables', '--blacklist.min_stake', '1000000');
    expect(none.stderr).toContain('warning: no validator has served an axon address');
  });
});
