/**
 * Subnet forecast benchmark: one `subnetkit_forecast` of 1,000 blocks (the devnet runs 1,000 empty blocks of its
 * runtime on a throwaway overlay and answers every block's subnet state as JSON) against the reference in the same
 * run, `dev_newBlock` of 1,000 blocks (the same blocks built and committed for real). Three started subnets with
 * the default tempo (360), so each run holds a few epochs of each.
 * Run from the repo root: node --conditions=source --import tsx bench/forecast/run.ts
 * Prints a table and writes bench/results/forecast.json. RUNS overrides the number of timed calls of each.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startDevnet } from '@subnetkit/chain';
import { createKeypair, createSubtensorClient, registerSubnet, startCall } from '@subnetkit/sdk';
import { formatTable } from '../yuma/format-table.js';

const RUNS = Number(process.env.RUNS ?? 3);
const BLOCKS = 1_000;
const root = fileURLToPath(new URL('../..', import.meta.url));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const devnet = await startDevnet({ port: 0, mode: 'instant', finalizeDelay: 0 });
const client = await createSubtensorClient({ url: devnet.url, deadlineMs: 600_000 });
const alice = createKeypair({ uri: '//Alice' });
const netuids: number[] = [];
for (let i = 0; i < 3; i++) {
  const { netuid } = await registerSubnet(client, {
    signer: alice,
    hotkey: createKeypair({ uri: `//Alice//bench-forecast-${i}` }).address,
  });
  await startCall(client, { signer: alice, netuid });
  netuids.push(netuid);
}
await devnet.newBlock(1);

const forecastMs: number[] = [];
const buildMs: number[] = [];
let bytes = 0;
for (let r = 0; r < RUNS; r++) {
  let t = performance.now();
  const answer = await client.request('subnetkit_forecast', [{ netuid: netuids[0], blocks: BLOCKS }]);
  forecastMs.push(performance.now() - t);
  bytes = JSON.stringify(answer).length;
  t = performance.now();
  await client.request('dev_newBlock', [{ count: BLOCKS }]);
  buildMs.push(performance.now() - t);
}
await client.disconnect();
await devnet.close();

const rows = [
  { case: `subnetkit_forecast ${BLOCKS} blocks`, medianMs: median(forecastMs), runs: forecastMs },
  { case: `dev_newBlock ${BLOCKS} blocks (reference)`, medianMs: median(buildMs), runs: buildMs },
];
const ratio = median(forecastMs) / median(buildMs);
console.log(
  formatTable(
    ['case', 'median ms', 'per block ms', 'runs ms'],
    rows.map((row) => [
      row.case,
      row.medianMs.toFixed(0),
      (row.medianMs / BLOCKS).toFixed(2),
      row.runs.map((ms) => ms.toFixed(0)).join(', '),
    ]),
  ),
);
console.log(`\nforecast / real blocks: ${ratio.toFixed(2)}×; answer ${(bytes / 1024).toFixed(0)} KiB`);
mkdirSync(`${root}/bench/results`, { recursive: true });
writeFileSync(
  `${root}/bench/results/forecast.json`,
  `${JSON.stringify(
    {
      node: process.version,
      cpu: cpus()[0]?.model,
      cores: cpus().length,
      blocks: BLOCKS,
      rows,
      ratio,
      bytes,
    },
    null,
    2,
  )}\n`,
);
