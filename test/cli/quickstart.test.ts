/**
 * docs/quickstart.md §3 as a script: the shell block that imports the wallets and creates, tunes, starts and
 * stakes the subnet is taken from the Markdown as written and run by bash against a devnet, with `npx subnetkit`
 * bound to the built binary. When the doc or the commands change apart, this fails.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiPromise } from '@polkadot/api';
import { type Devnet, startDevnet } from '@subnetkit/chain';
import { createKeypair } from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wsProvider } from '../support/ws-provider.js';
import { tempDir } from './helpers.js';

const bin = fileURLToPath(new URL('../../cli/bin/subnetkit.js', import.meta.url));
const quickstart = readFileSync(new URL('../../docs/quickstart.md', import.meta.url), 'utf8');
const dir = tempDir('subnetkit-quickstart-');
let devnet: Devnet;
let api: ApiPromise;

/** The ```sh block that follows `marker` in the Markdown. */
function shellBlockAfter(markdown: string, marker: string): string {
  const at = markdown.indexOf(marker);
  expect(at, `quickstart.md has "${marker}"`).toBeGreaterThan(-1);
  const block = /```sh\n([\s\S]*?)```/.exec(markdown.slice(at));
  if (block?.[1] === undefined) throw new Error(`no sh block after "${marker}"`);
  return block[1];
}

function bash(script: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-euo', 'pipefail', '-c', script], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

beforeAll(async () => {
  devnet = await startDevnet({ port: 0, mode: 'instant' });
  api = await ApiPromise.create({ provider: wsProvider(devnet.url), noInitWarn: true });
}, 60_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
  dir.remove();
});

describe('docs/quickstart.md', () => {
  it('behavior: §3 wallets, subnet, registration and stake run as written', {
    timeout: 180_000,
  }, async () => {
    const block = shellBlockAfter(quickstart, 'In another terminal, import dev keys as wallets');
    // The doc's wallet folder becomes this test's; everything else runs verbatim.
    const script = block.replaceAll('/tmp/devnet-wallets', join(dir.path, 'wallets'));
    const prelude = `npx() { [ "$1" = subnetkit ] && shift; node ${JSON.stringify(bin)} "$@"; }\n`;
    const run = await bash(prelude + script, {
      PATH: process.env.PATH ?? '',
      HOME: dir.path,
      SUBNETKIT_SUBTENSOR_CHAIN_ENDPOINT: devnet.url,
    });
    expect(run.code, run.output).toBe(0);

    const q = api.query.subtensorModule!;
    expect((await q.subnetOwner!(1)).toString()).toBe(createKeypair({ uri: '//Bob' }).address);
    expect(Number((await q.tempo!(1)).toString())).toBe(10);
    for (const uri of ['//Charlie//hot', '//Dave//hot']) {
      expect((await q.uids!(1, createKeypair({ uri }).address)).toString(), uri).not.toBe('');
    }
    const validatorHot = createKeypair({ uri: '//Charlie//hot' }).address;
    expect(BigInt((await q.totalHotkeyAlpha!(validatorHot, 1)).toString())).toBeGreaterThan(0n);
  });
});
