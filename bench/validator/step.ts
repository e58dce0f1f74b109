/**
 * Validator step bench: one validator (createValidator, in-process queue, SDK dendrite) steps over AXONS real
 * axons served by a child process on 127.0.0.1, with a query deadline of DEADLINE_MS:
 *  - all miners answer: the step time, against the reference of one bare `dendrite.query` over the same axons;
 *  - 10% of the miners hang until the deadline: the step must still end within deadline + 100 ms.
 * Prints a table and writes bench/results/validator-step.json. Run:
 *   cd bench && npm run validator-step
 * Environment: VALIDATOR_BENCH_AXONS (default 256), VALIDATOR_BENCH_DEADLINE_MS (default 2000),
 * VALIDATOR_BENCH_STEPS (default 9 measured steps per case).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createDendrite, createKeypair, createSigner, cryptoReady } from '@subnetkit/sdk';
import {
  createInProcessQueue,
  createQueryProcessor,
  createValidator,
  type StepReport,
} from '@subnetkit/validator';
import { formatTable } from '../yuma/format-table.js';
import { createLocalChain } from './local-chain.js';
import { Square } from './square.js';

const AXONS = Number(process.env.VALIDATOR_BENCH_AXONS ?? 256);
const DEADLINE_MS = Number(process.env.VALIDATOR_BENCH_DEADLINE_MS ?? 2000);
const STEPS = Number(process.env.VALIDATOR_BENCH_STEPS ?? 9);
const WARMUP = 2;

await cryptoReady();
const signer = createSigner(createKeypair({ uri: '//BenchValidator' }));

const child = spawn(
  process.execPath,
  [
    '--conditions=source',
    '--import',
    'tsx',
    fileURLToPath(new URL('axons-child.ts', import.meta.url)),
    String(AXONS),
    signer.address,
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const axons = await new Promise<{ hotkey: string; port: number }[]>((resolve, reject) => {
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    if (text.includes('\n')) resolve(JSON.parse(text));
  });
  child.on('exit', (code) => reject(new Error(`axons child exited with ${code}`)));
});

const chain = createLocalChain(
  signer.address,
  axons.map((a, uid) => ({ uid: uid + 1, hotkey: a.hotkey, port: a.port })),
);
const dendrite = createDendrite({ signer, concurrency: AXONS });
let hanging = false;
const validator = createValidator({
  chain,
  signer,
  netuid: 1,
  synapse: Square,
  challenge: (seed, { uid }) => ({
    x: hanging && uid % 10 === 0 ? -1 : Number.parseInt(seed.slice(2, 6), 16),
  }),
  queue: createInProcessQueue({
    processor: createQueryProcessor({
      dendrite,
      synapse: Square,
      score: (query, response) => (response.y === query.x * query.x ? 1 : 0),
    }),
    concurrency: AXONS,
  }),
  config: { queryTimeoutMs: DEADLINE_MS },
});
await validator.start();

const step = () =>
  new Promise<StepReport>((resolve) => {
    const off = validator.on('step', (report) => {
      off();
      resolve(report);
    });
    chain.advance();
  });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

type Summary = { medianMs: number; maxMs: number; answered: number };
const summarize = (durations: number[], answered: number[]): Summary => ({
  medianMs: median(durations),
  maxMs: Math.max(...durations),
  answered: median(answered),
});

/** One bare dendrite.query over every axon: the reference. */
async function referenceQuery(round: number): Promise<{ ms: number; answered: number }> {
  const targets = axons.map((a) => ({ ip: '127.0.0.1', port: a.port, hotkey: a.hotkey }));
  const started = performance.now();
  const results = await dendrite.query({
    synapse: Square,
    axons: targets,
    input: { x: 3 + round },
    timeout: DEADLINE_MS / 1000,
  });
  return { ms: performance.now() - started, answered: results.filter((r) => r.ok).length };
}

// All miners answer: reference and validator step alternate, so both see the same load.
const reference = { durations: [] as number[], answered: [] as number[] };
const honestSteps: StepReport[] = [];
for (let i = 0; i < WARMUP + STEPS; i++) {
  const ref = await referenceQuery(i);
  const report = await step();
  if (i < WARMUP) continue;
  reference.durations.push(ref.ms);
  reference.answered.push(ref.answered);
  honestSteps.push(report);
}
// 10% of the miners hang until the deadline.
hanging = true;
const slowSteps: StepReport[] = [];
for (let i = 0; i < WARMUP + STEPS; i++) {
  const report = await step();
  if (i >= WARMUP) slowSteps.push(report);
}
const ofSteps = (reports: StepReport[]) =>
  summarize(
    reports.map((r) => r.durationMs),
    reports.map((r) => r.responded),
  );
const referenceSummary = summarize(reference.durations, reference.answered);
const honest = ofSteps(honestSteps);
const slow = ofSteps(slowSteps);
await validator.close();
dendrite.close();
child.kill();

const fmt = (v: number, digits = 0) => v.toFixed(digits);
const budget = DEADLINE_MS + 100;
console.log(
  `\nvalidator step over ${AXONS} local axons, query deadline ${DEADLINE_MS} ms, ${STEPS} steps per case\n`,
);
console.log(
  formatTable(
    ['case', 'median ms', 'max ms', 'answered', 'vs reference'],
    [
      [
        'reference: one dendrite.query, all answer',
        fmt(referenceSummary.medianMs),
        fmt(referenceSummary.maxMs),
        String(AXONS),
        '1.00',
      ],
      [
        'validator step, all answer',
        fmt(honest.medianMs),
        fmt(honest.maxMs),
        String(honest.answered),
        fmt(honest.medianMs / referenceSummary.medianMs, 2),
      ],
      [
        'validator step, 10% hang to the deadline',
        fmt(slow.medianMs),
        fmt(slow.maxMs),
        String(slow.answered),
        '-',
      ],
    ],
  ),
);
const met = slow.maxMs <= budget && honest.maxMs <= budget;
console.log(`\nevery step within deadline + 100 ms (${budget} ms): ${met ? 'met' : 'NOT met'}\n`);

mkdirSync(new URL('../results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('../results/validator-step.json', import.meta.url),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cpu: cpus()[0]?.model,
      axons: AXONS,
      deadlineMs: DEADLINE_MS,
      steps: STEPS,
      reference: referenceSummary,
      honest,
      slow,
      budgetMs: budget,
      met,
    },
    null,
    2,
  )}\n`,
);
process.exit(0);
