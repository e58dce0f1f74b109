/**
 * A validator process for the SIGKILL test: the real createValidator with a file store, a scripted chain that builds
 * a block every 5 ms and a processor whose scores depend only on (step, uid). Prints one JSON line at start
 * (`restored`) and one per persisted step (`step`).
 */
import { createKeypair, createSigner, cryptoReady, defineSynapse } from '@subnetkit/sdk';
import { createFileScoreStore, createInProcessQueue, createValidator } from '@subnetkit/validator';
import { z } from 'zod';
import { deterministicScore, MINERS } from './kill-restart-scores.js';
import { createScriptedChain } from './scripted-chain.js';

const path = process.argv[2];
if (path === undefined) throw new Error('usage: kill-restart-child.ts <state file>');
await cryptoReady();
const signer = createSigner(createKeypair({ uri: '//Alice' }));
const chain = createScriptedChain({
  neurons: [signer.address, ...MINERS].map((hotkey, uid) => ({
    uid,
    hotkey,
    axon: { ip: '127.0.0.1', port: 1 },
    validatorPermit: false,
    lastUpdate: 0,
  })),
});
const validator = createValidator({
  chain,
  signer,
  netuid: 1,
  synapse: defineSynapse({ name: 'Ping', request: { n: z.int() }, response: {} }),
  challenge: () => ({ n: 1 }),
  queue: createInProcessQueue({
    processor: async (job) => ({
      id: job.id,
      uid: job.uid,
      hotkey: job.hotkey,
      score: deterministicScore(job.step, job.uid),
      status: 200,
      elapsedMs: 0,
    }),
  }),
  store: createFileScoreStore({ path }),
  config: { alpha: 0.3 },
});
const print = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);
validator.on('step', (report) =>
  print({ kind: 'step', step: report.step, scores: Object.fromEntries(validator.scores()) }),
);
await validator.start();
print({ kind: 'restored', step: validator.health().step, scores: Object.fromEntries(validator.scores()) });
setInterval(() => chain.advance(), 5);
