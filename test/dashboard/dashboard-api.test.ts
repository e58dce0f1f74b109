/**
 * The dashboard's JSON endpoints against a real devnet subnet built with the SDK (stake, weights, two epochs): every
 * value equals what the SDK reads at the same block, history keeps one sample per epoch, chain strings come back
 * verbatim (the page renders them as text), each subnet comes with its name and token symbol, and bad paths get 404
 * with { code, message }. Also the command itself.
 */
import { PassThrough } from 'node:stream';
import { type RunningDashboard, runCli, startDashboard } from '@subnetkit/cli';
import { getMetagraph, getSubnets } from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DashboardSubnet, HOSTILE_TEXT, runEpoch, startDashboardSubnet } from './subnet-fixture.js';

let subnet: DashboardSubnet;
let dashboard: RunningDashboard;
/** What the dashboard logged, as `{ level, msg, ...fields }`. */
const logged: Record<string, unknown>[] = [];
const record =
  (level: string) =>
  (fields: object, msg?: string): void => {
    logged.push({ level, msg, ...fields });
  };
const logger = {
  debug: record('debug'),
  info: record('info'),
  warn: record('warn'),
  error: record('error'),
  child: () => logger,
};

type NeuronJson = {
  uid: number;
  hotkey: string;
  coldkey: string;
  stake: number;
  stakeRao: string;
  incentive: number;
  dividends: number;
  consensus: number;
  trust: number;
  emission: number;
  permit: boolean;
  active: boolean;
  axon: string | null;
  lastUpdate: number;
};
type MetagraphJson = {
  netuid: number;
  block: number;
  blockHash: string;
  n: number;
  name: string;
  symbol: string;
  tempo: number;
  lastStep: number;
  neurons: NeuronJson[];
  weights: { uid: number; targets: number[]; values: number[] }[];
};
type Sample = {
  lastStep: number;
  block: number;
  hotkeys: string[];
  stake: number[];
  incentive: number[];
  dividends: number[];
  emission: number[];
};

async function get<T>(path: string): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await fetch(new URL(path, dashboard.url));
  const text = await response.text();
  const json = response.headers.get('content-type')?.includes('json');
  return { status: response.status, body: (json ? JSON.parse(text) : text) as T, headers: response.headers };
}

beforeAll(async () => {
  subnet = await startDashboardSubnet();
  dashboard = await startDashboard({ client: subnet.client, port: 0, netuid: subnet.netuid, logger });
});
afterAll(async () => {
  await dashboard?.close();
  await subnet?.client.disconnect();
  await subnet?.devnet.close();
});

describe('dashboard API', () => {
  it('default: /api/subnets lists what getSubnets reads, opening on the subnet it was started for', async () => {
    const { status, body } = await get<{ subnets: unknown[]; defaultNetuid: number }>('/api/subnets');
    expect(status).toBe(200);
    const expected = (await getSubnets(subnet.client)).map((s) => ({
      ...s,
      burn: String(s.burn),
      firstEmissionBlock: s.firstEmissionBlock ?? null,
    }));
    expect(body.subnets).toEqual(expected);
    expect(body.defaultNetuid).toBe(subnet.netuid);
    // Each subnet's name and token symbol as the chain reports them: subtensor's default names (no identity set),
    // root's Τ and the fixture's hostile symbol, verbatim.
    expect(body.subnets).toMatchObject([
      { netuid: 0, name: 'root', symbol: 'Τ' },
      { netuid: subnet.netuid, name: 'apex', symbol: HOSTILE_TEXT },
    ]);
  });

  it('default: /api/subnets/:netuid/metagraph equals getMetagraph at the same block, weights included', async () => {
    await subnet.devnet.newBlock(); // the token symbol's block is applied; the watcher picks it up on refresh
    const { status, body } = await get<MetagraphJson>(`/api/subnets/${subnet.netuid}/metagraph`);
    expect(status).toBe(200);
    const m = await getMetagraph(subnet.client, { netuid: subnet.netuid, block: body.block, weights: true });
    expect(body.blockHash).toBe(m.blockHash);
    expect(body.n).toBe(4);
    expect(body.lastStep).toBe(m.lastStep);
    expect(body.tempo).toBe(5);
    expect(body.neurons).toEqual(
      [...m.uids].map((uid) => ({
        uid,
        hotkey: m.hotkeys[uid],
        coldkey: m.coldkeys[uid],
        stake: m.stake.total[uid],
        stakeRao: String(m.stake.totalRao[uid]),
        incentive: m.incentive[uid],
        dividends: m.dividends[uid],
        consensus: m.consensus[uid],
        trust: m.validatorTrust[uid],
        emission: m.emission[uid],
        permit: m.validatorPermit[uid] === 1,
        active: m.active[uid] === 1,
        axon: null,
        lastUpdate: m.lastUpdate[uid],
      })),
    );
    // The subnet is live: the validator's weights earned the miners incentive and emission.
    expect(body.neurons[1]!.permit).toBe(true);
    expect(body.neurons[1]!.stake).toBeGreaterThan(99);
    expect(body.neurons[3]!.incentive).toBeGreaterThan(body.neurons[2]!.incentive);
    expect(body.neurons[3]!.emission).toBeGreaterThan(0);
    expect(body.weights).toEqual([{ uid: 1, targets: [2, 3], values: [...m.weights![1]!.values] }]);
    expect(body.weights[0]!.values[1]).toBe(65535);
  });

  it('behavior: chain strings come back verbatim in JSON (the page renders them as text only)', async () => {
    await subnet.devnet.newBlock();
    await runEpoch(subnet.devnet, subnet.client, subnet.netuid); // an epoch triggers a refresh
    await expect
      .poll(async () => (await get<MetagraphJson>(`/api/subnets/${subnet.netuid}/metagraph`)).body.symbol, {
        timeout: 10_000,
      })
      .toBe(HOSTILE_TEXT);
    const page = await get<string>('/');
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.body).not.toContain('onerror');
    const script = await get<string>('/dashboard.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.body).not.toContain('innerHTML');
  });

  it('behavior: /history keeps one sample per epoch, each equal to the metagraph of its block', async () => {
    const before = (await get<{ samples: Sample[] }>(`/api/subnets/${subnet.netuid}/history`)).body.samples;
    await runEpoch(subnet.devnet, subnet.client, subnet.netuid);
    await expect
      .poll(
        async () =>
          (await get<{ samples: Sample[] }>(`/api/subnets/${subnet.netuid}/history`)).body.samples.length,
        { timeout: 10_000 },
      )
      .toBe(before.length + 1);
    const { body } = await get<{ netuid: number; samples: Sample[] }>(
      `/api/subnets/${subnet.netuid}/history`,
    );
    expect(body.netuid).toBe(subnet.netuid);
    const steps = body.samples.map((s) => s.lastStep);
    expect(steps).toEqual([...new Set(steps)].sort((a, b) => a - b));
    for (const sample of body.samples.slice(-2)) {
      const m = await getMetagraph(subnet.client, { netuid: subnet.netuid, block: sample.block });
      expect(sample).toEqual({
        lastStep: m.lastStep,
        block: m.block,
        hotkeys: m.hotkeys,
        stake: [...m.stake.total],
        incentive: [...m.incentive],
        dividends: [...m.dividends],
        emission: [...m.emission],
      });
    }
    expect(body.samples.at(-1)!.emission[3]).toBeGreaterThan(0);
  });

  it('behavior: without a netuid it follows the first subnet from its own start, not from the first page view', async () => {
    // docs/dashboard.md: "followed from the start". Nothing asks this dashboard anything until an epoch has run; a
    // feed started by the first view would hold that epoch alone.
    const { lastStep } = await getMetagraph(subnet.client, { netuid: subnet.netuid });
    const unseen = await startDashboard({ client: subnet.client, port: 0, logger });
    try {
      await runEpoch(subnet.devnet, subnet.client, subnet.netuid);
      const history = async () =>
        (
          (await (await fetch(new URL(`/api/subnets/${subnet.netuid}/history`, unseen.url))).json()) as {
            samples: Sample[];
          }
        ).samples.map((sample) => sample.lastStep);
      // The watcher takes each epoch's metagraph shortly after its block.
      await expect.poll(async () => (await history()).length, { timeout: 15_000 }).toBe(2);
      const steps = await history();
      expect(steps[0]).toBe(lastStep);
      expect(steps[1]).toBeGreaterThan(lastStep);
      const { defaultNetuid } = (await (await fetch(new URL('/api/subnets', unseen.url))).json()) as {
        defaultNetuid: number;
      };
      expect(defaultNetuid).toBe(subnet.netuid);
    } finally {
      await unseen.close();
    }
  });

  it('error: an unknown or malformed netuid is 404 with { code, message }, logged once, and the server keeps serving', async () => {
    const before = logged.length;
    for (const path of [
      '/api/subnets/999/metagraph',
      '/api/subnets/999/history',
      '/api/subnets/70000/metagraph',
    ]) {
      const { status, body } = await get<{ code: string; message: string }>(path);
      expect(status, path).toBe(404);
      expect(body.code).toBe('CLI_DASHBOARD_SUBNET_NOT_FOUND');
      expect(body.message).toMatch(/no subnet/);
    }
    const malformed = await get<{ code: string }>('/api/subnets/x1/metagraph');
    expect([malformed.status, malformed.body.code]).toEqual([404, 'CLI_DASHBOARD_SUBNET_NOT_FOUND']);
    // A path that is not even a valid URL is refused by Fastify itself.
    const badUrl = await get<{ code: string }>('/api/subnets/%E0%A4%A/metagraph');
    expect([badUrl.status, badUrl.body.code]).toEqual([400, 'FST_ERR_BAD_URL']);
    const unknown = await get<{ code: string }>('/api/nothing');
    expect([unknown.status, unknown.body.code]).toEqual([404, 'CLI_DASHBOARD_NOT_FOUND']);
    // One log line per refused request, with its code.
    expect(logged.slice(before).map((line) => line.code)).toEqual([
      ...Array(4).fill('CLI_DASHBOARD_SUBNET_NOT_FOUND'),
    ]);
    const health = await get<{ status: string; chain: string }>('/healthz');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok', chain: subnet.devnet.url });
  });

  it('behavior: `subnetkit dashboard` serves until SIGTERM; a bad --port exits 2', async () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let errors = '';
    stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    const io = { stdout, stderr, env: {} };
    const exited = runCli(
      [
        'dashboard',
        '--subtensor.chain_endpoint',
        subnet.devnet.url,
        '--port',
        '0',
        '--netuid',
        String(subnet.netuid),
      ],
      io,
    );
    await expect
      .poll(() => out, { timeout: 10_000 })
      .toMatch(/^dashboard ready http:\/\/127\.0\.0\.1:\d+\/$/m);
    const url = /http:\S+/.exec(out)![0];
    const metagraph = (await (
      await fetch(`${url}api/subnets/${subnet.netuid}/metagraph`)
    ).json()) as MetagraphJson;
    expect(metagraph.n).toBe(4);
    process.emit('SIGTERM', 'SIGTERM');
    expect(await exited).toBe(0);
    await expect(fetch(url)).rejects.toThrow();

    expect(await runCli(['dashboard', '--port', 'abc'], io)).toBe(2);
    await expect.poll(() => errors).toMatch(/--port takes an integer from 0 to 65535/);
  });
});
