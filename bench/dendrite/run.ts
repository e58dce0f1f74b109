/**
 * Dendrite signing bench: how many requests a dendrite can sign per second on one core, against the pure-JS
 * sr25519 signer as the reference. Prints a table and writes bench/results/dendrite.json. Run:
 *   cd bench && npm run dendrite
 * Environment: DENDRITE_BENCH_MS (time per operation and round, default 400), DENDRITE_BENCH_ROUNDS (default 7).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { sr25519Sign } from '@polkadot/util-crypto';
import {
  createKeypair,
  createSigner,
  cryptoReady,
  defineSynapse,
  prepareRequest,
  signMessage,
  verifySignature,
} from '@subnetkit/sdk';
import { z } from 'zod';
import { formatTable } from '../yuma/format-table.js';

const MS_PER_ROUND = Number(process.env.DENDRITE_BENCH_MS ?? 400);
const ROUNDS = Number(process.env.DENDRITE_BENCH_ROUNDS ?? 7);

await cryptoReady();
const alice = createKeypair({ uri: '//Alice' });
const signer = createSigner(alice);
const Echo = defineSynapse({
  name: 'Echo',
  request: { text: z.string(), n: z.int() },
  response: { echoed: z.string().nullable().default(null) },
});
const axon = { ip: '127.0.0.1', port: 8091, hotkey: createKeypair({ uri: '//Bob' }).address };
const message = `1700000000123456789.${alice.address}.${axon.hotkey}.5ecbd69c-1cec-11ee-b0dc-e29ce36fec1a.${'a'.repeat(64)}`;
const signature = signMessage(alice, message);
const secretKey = alice.secretKey as Uint8Array;
let nonce = 1_700_000_000_000_000_000n;

type Operation = { name: string; run: () => unknown };
const operations: Operation[] = [
  { name: 'signMessage (sr25519, WebAssembly)', run: () => signMessage(alice, message) },
  {
    name: 'reference: sr25519Sign (pure JS)',
    run: () => sr25519Sign(message, { publicKey: alice.publicKey, secretKey }),
  },
  {
    name: 'verifySignature (WebAssembly)',
    run: () => verifySignature({ message, signature, signer: alice.address }),
  },
  {
    name: 'prepareRequest (validate, hash, sign, headers)',
    run: () =>
      prepareRequest({
        synapse: Echo,
        input: { text: 'hello', n: 3 },
        signer,
        axon,
        nonce: nonce++,
        uuid: 'u',
        timeout: 12,
      }),
  },
];

/** Operations per second over one round of about MS_PER_ROUND. */
async function measure(operation: Operation): Promise<number> {
  let count = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < MS_PER_ROUND) {
    await operation.run();
    count++;
    elapsed = performance.now() - started;
  }
  return (count * 1000) / elapsed;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const samples = new Map<string, number[]>(operations.map((o) => [o.name, []]));
for (const operation of operations) await measure(operation); // warm-up
for (let round = 0; round < ROUNDS; round++) {
  // Alternate operations within a round so each sees the same machine load.
  for (const operation of operations) samples.get(operation.name)?.push(await measure(operation));
}

const pureJs = median(samples.get(operations[1].name) ?? []);
const rows = operations.map((o) => {
  const perSecond = median(samples.get(o.name) ?? []);
  return {
    operation: o.name,
    perSecond: Math.round(perSecond),
    meanMs: 1000 / perSecond,
    vsPureJs: perSecond / pureJs,
  };
});
console.log(
  formatTable(
    ['operation', 'per second (median)', 'mean ms', 'vs pure-JS sign'],
    rows.map((r) => [
      r.operation,
      r.perSecond.toLocaleString('en'),
      r.meanMs.toFixed(3),
      `${r.vsPureJs.toFixed(1)}×`,
    ]),
  ),
);
const signPerSecond = rows[3].perSecond;
console.log(
  `\nA 256-axon query spends about ${((256 / signPerSecond) * 1000).toFixed(0)} ms preparing and signing on one core.`,
);
const machine = { cpus: cpus().length, model: cpus()[0]?.model, loadavg: loadavg() };
mkdirSync(new URL('../results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('../results/dendrite.json', import.meta.url),
  `${JSON.stringify({ machine, rounds: ROUNDS, msPerRound: MS_PER_ROUND, rows }, null, 2)}\n`,
);
