/**
 * `subnetkit validator` as an operator runs it: a child process with a hotkey file, a subnet module and a state
 * file, against the devnet with one real miner. It prints its ready line, steps, serves /healthz and /metrics, and
 * on SIGTERM finishes, persists and exits 0.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiPromise } from '@polkadot/api';
import type { Devnet } from '@subnetkit/chain';
import { buildAxon, createStaticPeerDirectory } from '@subnetkit/miner';
import {
  createKeypair,
  createSigner,
  createSubtensorClient,
  cryptoReady,
  serveAxon,
  walletPaths,
  writeKeyfile,
} from '@subnetkit/sdk';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWithApi } from '../devnet/helpers.js';
import { alice, createSubnet, fund, keyring, ok, TAO } from '../subtensor/helpers.js';
import { answerOfQuality, Square } from './square-subnet.js';

const runCli = fileURLToPath(new URL('../devnet/fixtures/run-cli.ts', import.meta.url));
const subnetModule = fileURLToPath(new URL('./square-subnet.ts', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

let devnet: Devnet;
let api: ApiPromise;
let directory: string;
let axon: FastifyInstance | undefined;
let child: ChildProcess | undefined;

beforeAll(async () => {
  await cryptoReady();
  directory = await mkdtemp(join(tmpdir(), 'validator-cli-'));
  ({ devnet, api } = await startWithApi({ finalizeDelay: 0, blockTime: 200 }));
});
afterAll(async () => {
  child?.kill('SIGKILL');
  await axon?.close();
  await api?.disconnect();
  await devnet?.close();
  await rm(directory, { recursive: true, force: true });
});

function waitForLine(process: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let text = '';
    let stderr = '';
    process.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    process.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = pattern.exec(text);
      if (match !== null) resolve(match);
    });
    process.on('exit', (code) =>
      reject(new Error(`exited with ${code} before ${pattern}: ${stderr.slice(-2000)}`)),
    );
  });
}

describe('subnetkit validator', () => {
  it('behavior: starts from a wallet, steps, serves /healthz and /metrics, exits 0 on SIGTERM with its state saved', {
    timeout: 90_000,
  }, async () => {
    const netuid = await createSubnet(api, alice, keyring.addFromUri('//Alice_hk'), { tempo: 10 });
    const hotkey = createKeypair({ uri: '//CliValidator' });
    const minerKey = createKeypair({ uri: '//CliMiner' });
    const validatorCold = keyring.addFromUri('//Bob');
    await ok(api, api.tx.subtensorModule.burnedRegister(netuid, hotkey.address), validatorCold);
    await ok(api, api.tx.subtensorModule.addStake(hotkey.address, netuid, 100n * TAO), validatorCold);
    await ok(api, api.tx.subtensorModule.burnedRegister(netuid, minerKey.address), validatorCold);
    await fund(api, keyring.addFromUri('//CliValidator'), keyring.addFromUri('//CliMiner'));
    await writeKeyfile({
      path: walletPaths({ path: directory, name: 'validator', hotkey: 'default' }).hotkey,
      keypair: hotkey,
    });

    axon = buildAxon({
      signer: createSigner(minerKey),
      synapses: [Square],
      handlers: { Square: answerOfQuality(0.75) },
      peers: createStaticPeerDirectory({ [hotkey.address]: { uid: 1, validatorPermit: true, stake: 100 } }),
      external: { ip: '127.0.0.2', port: 0 },
    });
    await axon.listen({ port: 0, host: '127.0.0.2' });
    const client = await createSubtensorClient({ url: devnet.url });
    await serveAxon(client, {
      signer: minerKey,
      netuid,
      ip: '127.0.0.2',
      port: (axon.server.address() as { port: number }).port,
    });
    await client.disconnect();

    const state = join(directory, 'state.json');
    child = spawn(
      process.execPath,
      [
        '--conditions=source',
        '--import',
        'tsx',
        runCli,
        'validator',
        '--netuid',
        String(netuid),
        '--wallet.path',
        directory,
        '--wallet.name',
        'validator',
        '--wallet.hotkey',
        'default',
        '--subtensor.chain_endpoint',
        devnet.url,
        '--subnet',
        subnetModule,
        '--state',
        state,
        '--neuron.timeout',
        '3',
        '--neuron.moving_average_alpha',
        '0.5',
        '--metrics.port',
        '0',
        '--logging.debug',
        '--axon.external_ip',
        '127.0.0.3',
        '--axon.external_port',
        '9999',
      ],
      { cwd: root, env: { ...process.env, HOME: directory }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let log = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
    });
    const ready = await waitForLine(child, /validator ready (\{.*\})\n/);
    const { metrics: url, hotkey: announced } = JSON.parse(ready[1]) as { metrics: string; hotkey: string };
    expect(announced).toBe(hotkey.address);
    // --axon.external_ip: the validator's address is on chain, where miners' firewalls read it.
    const served = (await api.query.subtensorModule.axons(netuid, hotkey.address)).toJSON() as {
      port: number;
    };
    expect(served.port).toBe(9999);
    devnet.producer.setMode('interval');

    let health: { healthy: boolean; step: number } = { healthy: false, step: 0 };
    while (health.step < 3) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      health = (await (await fetch(`${url}/healthz`)).json()) as typeof health;
    }
    expect(health.healthy).toBe(true);
    // `step` moves on before the step's state is persisted and counted, so the counter may trail it briefly.
    const completed = /validator_steps_total\{outcome="completed"\} [3-9]/;
    let metrics = await (await fetch(`${url}/metrics`)).text();
    while (!completed.test(metrics)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      metrics = await (await fetch(`${url}/metrics`)).text();
    }
    // Under load a query may miss its deadline and score 0, so only a positive moving average is certain.
    expect(metrics).toMatch(
      new RegExp(`validator_miner_score\\{uid="\\d+",hotkey="${minerKey.address}"\\} 0\\.\\d*[1-9]`),
    );

    // With --logging.debug every step logs each miner's status, score and moving average.
    const stepScores = log
      .split('\n')
      .filter((line) => line.includes('"step scores"'))
      .map((line) => JSON.parse(line) as { miners: { hotkey: string; status: number; average: number }[] });
    expect(stepScores.length).toBeGreaterThan(0);
    expect(stepScores.at(-1)?.miners).toContainEqual(
      expect.objectContaining({ hotkey: minerKey.address, status: 200, average: expect.any(Number) }),
    );

    const exited = new Promise<number | null>((resolve) => child?.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    child = undefined;
    const saved = JSON.parse(await readFile(state, 'utf8')) as {
      step: number;
      scores: Record<string, number>;
    };
    expect(saved.step).toBeGreaterThanOrEqual(3);
    expect(saved.scores[minerKey.address]).toBeGreaterThan(0);
  });
});
