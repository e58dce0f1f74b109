/**
 * polkadot-api's typed client, the way a user gets it: a fresh project outside this repository (on
 * TypeScript 6, since `papi` needs TypeScript's JavaScript API that this workspace's TypeScript 7 lacks)
 * installs polkadot-api, `npx papi add subtensor -w <devnet>` generates `@polkadot-api/descriptors` from a
 * `subnetkit devnet` child process, and the PAPI example of docs/devnet.md ("Typed clients") is
 * type-checked against the generated descriptors and run: a transfer, a subnet registered and a hotkey
 * registered on it with `burned_register`. A misspelt call argument must fail type-checking.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DevnetProcess, spawnDevnet } from '../support/devnet-process.js';
import { docExamples } from '../support/doc-examples.js';

const run$ = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
// Only the blocks are read (nothing is written to the folder): the example runs in the user's project.
const { blocks, section } = await docExamples('docs/devnet.md', join(here, `.papi-${process.pid}`));
const example = blocks.find(
  (code, i) => section(i) === 'Typed clients' && code.includes("from '@polkadot-api/descriptors'"),
);
/** The URL the docs example connects to; the test points it at its own devnet. */
const DOCS_URL = 'ws://127.0.0.1:9944';
/** The versions this repository tests (test/package.json); typescript as @polkadot-api/cli wants it. */
const PACKAGE = {
  name: 'papi-user-project',
  private: true,
  type: 'module',
  dependencies: {
    'polkadot-api': '2.2.2',
    '@polkadot/keyring': '14.0.3',
    '@polkadot/util': '14.0.3',
    '@polkadot/util-crypto': '14.0.3',
    ws: '8.23.0',
  },
  devDependencies: { '@types/ws': '8.18.2', typescript: '6.0.3' },
};
/** `tsc` flags for the generated descriptors, whose imports are extensionless (bundler resolution). */
const TSC = [
  '--strict',
  '--skipLibCheck',
  '--module',
  'esnext',
  '--moduleResolution',
  'bundler',
  '--target',
  'es2022',
];

/** npm settings a user's shell may carry; the other npm_* variables (the workspace and prefix of an `npm test`) are not theirs. */
const NPM_SETTINGS = /^npm_config_(cache|registry|userconfig|offline|prefer_offline)$/i;
/** The environment of a user's shell, with a WebSocket for `papi` on Node 20. */
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => (!/^npm_/i.test(key) || NPM_SETTINGS.test(key)) && key !== 'NODE_OPTIONS',
  ),
);
if (globalThis.WebSocket === undefined) env.NODE_OPTIONS = '--experimental-websocket';

let devnet: DevnetProcess;
let project: string;
/** Runs `command` in the user's project; resolves with its stdout, rejects with its output on failure. */
const inProject = (command: string, args: string[]) =>
  run$(command, args, { cwd: project, env, maxBuffer: 16 << 20 }).then(({ stdout }) => stdout);

beforeAll(async () => {
  [devnet, project] = await Promise.all([
    spawnDevnet(['--tmp', '--instant']),
    mkdtemp(join(tmpdir(), 'subnetkit-papi-')),
  ]);
  await writeFile(join(project, 'package.json'), JSON.stringify(PACKAGE, null, 2));
  await inProject('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund']);
  await inProject('npx', ['papi', 'add', 'subtensor', '-w', devnet.url]);
}, 120_000);
afterAll(async () => {
  if (project !== undefined) await rm(project, { recursive: true, force: true });
  expect(await devnet?.stop()).toBe(0);
});

describe('polkadot-api descriptors generated from the devnet', () => {
  test('behavior: the generated descriptors type the docs example, which runs', {
    timeout: 60_000,
  }, async () => {
    expect(example).toContain(DOCS_URL);
    await writeFile(join(project, 'app.ts'), example!.replace(DOCS_URL, devnet.url));

    await inProject('npx', ['tsc', ...TSC, 'app.ts']);
    const printed = await inProject('node', ['app.js']);

    expect(printed.trim().split('\n')).toEqual(['true 1000000000n 1000000000n', '1 1 2']);
  });

  test('error: a misspelt burned_register argument fails type-checking', { timeout: 60_000 }, async () => {
    const misspelt = example!.replace('{ netuid, hotkey:', '{ netuid, hot_key:');
    expect(misspelt).not.toBe(example);
    await writeFile(join(project, 'misspelt.ts'), misspelt);

    const failed = await inProject('npx', ['tsc', '--noEmit', ...TSC, 'misspelt.ts']).then(
      () => '',
      (e: { stdout: string }) => e.stdout,
    );

    expect(failed).toMatch(/misspelt\.ts\(\d+,\d+\): error TS2561: .*'hot_key' does not exist/);
  });
});
