/**
 * The dashboard in Chromium (the system's, or the one that ships in an npm package: see findChromium), driven by
 * playwright-core, as `npm start` serves it: `subnetkit start` (the digits subnet: 2 validators, 4 miners, in a process
 * of its own) prints the dashboard's URL; the subnet list shows each subnet's symbol and name; the metagraph table has a row per neuron and sorts on a header click, the
 * emission chart draws one point per epoch, the weight heat map shows the validators' rows, a hostile token symbol
 * shows as text, and a screenshot goes to test/artifacts/dashboard.png.
 */
// The page.evaluate callbacks run in the browser: they are checked against the DOM's types.
/// <reference lib="dom" />
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSubtensorClient, getSubnets, type SubtensorClient } from '@subnetkit/sdk';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../support/find-chromium.js';
import { HOSTILE_TEXT, setTokenSymbol } from './subnet-fixture.js';

// As the machine's notes prescribe: no sandbox as root, and no background connections to the closed network.
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const RUN_CLI = fileURLToPath(new URL('../devnet/fixtures/run-cli.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let start: ChildProcess | undefined;
let startExited: Promise<number | null>;
let dashboardUrl: string;
let netuid: number;
let client: SubtensorClient;
let profile: string;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

/**
 * `subnetkit start` from source with a short tempo (an epoch every 4 blocks) and the dashboard on a free port; resolves
 * with the dashboard and devnet URLs it prints. Its own process keeps the validators' work off this one's event loop.
 */
function runStart(): Promise<{ dashboard: string; devnet: string; netuid: number }> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', RUN_CLI, 'start', '--tempo', '3', '--dashboard-port', '0'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  start = child;
  let out = '';
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  startExited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const dashboard = /^dashboard: (http\S+)/m.exec(out);
      const devnet = /^devnet: (ws\S+) · subnet (\d+)/m.exec(out);
      if (dashboard && devnet)
        resolve({ dashboard: dashboard[1]!, devnet: devnet[1]!, netuid: Number(devnet[2]) });
    });
    void startExited.then((code) => reject(new Error(`subnetkit start exited ${code}: ${errors}${out}`)));
  });
}

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'subnetkit-chromium-'));
  const [started, launched] = await Promise.all([
    runStart(),
    findChromium().then((found) =>
      chromium.launchPersistentContext(profile, {
        ...found,
        headless: true,
        args: CHROMIUM_FLAGS,
        viewport: { width: 1280, height: 1100 },
      }),
    ),
  ]);
  context = launched;
  dashboardUrl = started.dashboard;
  netuid = started.netuid;
  client = await createSubtensorClient({ url: started.devnet, deadlineMs: 20_000 });
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(dashboardUrl);
}, 90_000);
afterAll(async () => {
  await context?.close();
  if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
  await client?.disconnect();
  if (start !== undefined && start.exitCode === null) {
    start.kill('SIGINT');
    await startExited;
  }
});

/** The sort state of the stake column and the uid and stake columns, top to bottom, in one round trip. */
function readTable(): Promise<{ sort: string | null; uids: number[]; stakes: number[] }> {
  return page.evaluate(() => {
    const keys = [...document.querySelectorAll<HTMLElement>('#metagraph thead th')].map(
      (th) => th.dataset.key,
    );
    const rows = [...document.querySelectorAll('#metagraph tbody tr')];
    const column = (key: string) =>
      rows.map((row) =>
        Number.parseFloat((row.children[keys.indexOf(key)]?.textContent ?? '').replaceAll(',', '')),
      );
    return {
      sort: document.querySelector('#metagraph th[data-key="stake"]')?.getAttribute('aria-sort') ?? null,
      uids: column('uid'),
      stakes: column('stake'),
    };
  });
}

describe('dashboard in Chromium', () => {
  it('default: the table, charts and heat map fill in as the digits subnet runs epochs', async () => {
    const { n } = (await (await fetch(`${dashboardUrl}api/subnets/${netuid}/metagraph`)).json()) as {
      n: number;
    };
    expect(n).toBe(7); // the owner, 2 validators, 4 miners
    await expect
      .poll(() => page.locator('#subnets button[aria-current="true"]').getAttribute('data-netuid'))
      .toBe(String(netuid));
    // The subnet list names each subnet with its token symbol: the demo registers `digits` with an identity.
    const { symbol } = (await getSubnets(client)).find((s) => s.netuid === netuid)!;
    expect(await page.locator(`#subnets button[data-netuid="${netuid}"]`).textContent()).toContain(
      `${netuid} ${symbol} digits`,
    );
    expect(await page.locator('#subnets button[data-netuid="0"]').textContent()).toContain('0 Τ root');
    await expect.poll(() => page.locator('#metagraph tbody tr').count(), { timeout: 15_000 }).toBe(n);

    // An epoch after the validators' weights landed: the emission chart has a second point, and a miner (a uid
    // serving an axon) has its newest point above the baseline.
    const emission = () =>
      page.evaluate(() => {
        const keys = [...document.querySelectorAll<HTMLElement>('#metagraph thead th')].map(
          (th) => th.dataset.key,
        );
        const miners = [...document.querySelectorAll<HTMLElement>('#metagraph tbody tr')]
          // Miners are the uids serving an axon (validators don't); permits move to miners once they hold stake.
          .filter((row) => (row.children[keys.indexOf('axon')]?.textContent ?? '–') !== '–')
          .map((row) => row.dataset.uid);
        const paths = [...document.querySelectorAll('figure.chart[data-metric="emission"] path.series')];
        const ys = (path: Element) =>
          (path.getAttribute('d') ?? '')
            .split(/[ML]/)
            .filter((part) => part.trim() !== '')
            .map((part) => Number(part.trim().split(' ')[1]));
        const baseline = Math.max(...paths.flatMap(ys));
        const earning = paths.filter(
          (path) =>
            miners.includes(path.getAttribute('data-uid') ?? '') && (ys(path).at(-1) ?? baseline) < baseline,
        );
        return {
          series: paths.length,
          points: Math.max(0, ...paths.map((path) => Number(path.getAttribute('data-points')))),
          minersEarning: earning.length,
        };
      });
    await expect
      .poll(
        async () => {
          const { points, minersEarning } = await emission();
          return points >= 2 && minersEarning > 0;
        },
        { timeout: 90_000, interval: 1000 },
      )
      .toBe(true);
    expect((await emission()).series).toBe(n);
    // The heat map: a row per validator with some weight on a miner.
    await expect
      .poll(() => page.locator('#weights rect.cell:not([data-weight="0.000000"])').count(), {
        timeout: 10_000,
      })
      .toBeGreaterThan(0);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true });
  }, 120_000);

  it('behavior: a header click sorts the rows, a second click reverses them', async () => {
    const stakeButton = page.locator('#metagraph th[data-key="stake"] button');
    await stakeButton.click();
    await expect.poll(async () => (await readTable()).sort).toBe('descending');
    const descending = await readTable();
    expect(descending.stakes).toEqual([...descending.stakes].sort((a, b) => b - a));

    await stakeButton.click();
    await expect.poll(async () => (await readTable()).sort).toBe('ascending');
    const ascending = await readTable();
    expect(ascending.stakes).toEqual([...ascending.stakes].sort((a, b) => a - b));
    // The validators' 1,000 TAO put them first one way and last the other.
    expect(ascending.uids).not.toEqual(descending.uids);
    expect(new Set(ascending.uids)).toEqual(new Set(descending.uids));
  });

  it('behavior: a hostile token symbol from the chain shows as text and runs nothing', async () => {
    await setTokenSymbol(client, netuid, HOSTILE_TEXT);
    await expect
      .poll(() => page.locator('#subnet-title').textContent(), { timeout: 20_000, interval: 500 })
      .toContain(HOSTILE_TEXT);
    expect(await page.locator('img, #subnet-title script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(pageErrors).toEqual([]);
  }, 30_000);
});
