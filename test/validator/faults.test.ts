/**
 * One validator step against real axons (the miner's buildAxon on 127.0.0.1) that fail in every way a miner can:
 * hang past the deadline, answer garbage, NaN, the wrong shape, a 10 MB body, drop the connection, or not listen.
 * The step completes by its deadline, those miners score 0 and the honest ones score by quality.
 */
import { createServer } from 'node:net';
import { buildAxon, createStaticPeerDirectory } from '@subnetkit/miner';
import {
  createDendrite,
  createKeypair,
  createSigner,
  cryptoReady,
  type Dendrite,
  defineSynapse,
  type Signer,
} from '@subnetkit/sdk';
import {
  createInProcessQueue,
  createQueryProcessor,
  createValidator,
  type NeuronView,
  type StepReport,
} from '@subnetkit/validator';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

import { createScriptedChain } from './scripted-chain.js';
import { challenge, Square, score } from './square-subnet.js';

/** The same route with another response type: what a miner on an old or wrong protocol answers. */
const WrongSquare = defineSynapse({
  name: 'Square',
  request: { x: z.int() },
  response: { y: z.string().nullable().default(null) },
});

type Kind = 'good' | 'half' | 'hang' | 'garbage' | 'nan' | 'wrong-shape' | 'huge' | 'close' | 'unreachable';
const KINDS: Kind[] = [
  'good',
  'half',
  'hang',
  'garbage',
  'nan',
  'wrong-shape',
  'huge',
  'close',
  'unreachable',
];
const DEADLINE_MS = 3_000;

let validator: Signer;
let dendrite: Dendrite;
const apps: FastifyInstance[] = [];
const neurons: NeuronView[] = [];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startMiner(kind: Kind, miner: Signer): Promise<number> {
  if (kind === 'unreachable') return freePort();
  const app = buildAxon({
    signer: miner,
    synapses: [kind === 'wrong-shape' ? WrongSquare : Square],
    handlers: {
      Square: (request) => {
        const x = request.x as number;
        if (kind === 'wrong-shape') return { y: 'sixteen' };
        return { y: kind === 'half' ? 1.5 * x * x : x * x };
      },
    },
    peers: createStaticPeerDirectory({
      [validator.address]: { uid: 0, validatorPermit: true, stake: 1000, ip: '127.0.0.1' },
    }),
    external: { ip: '127.0.0.1', port: 0 },
  });
  if (kind === 'hang') app.addHook('onRequest', () => new Promise(() => {}));
  if (kind === 'garbage') app.addHook('onSend', async () => 'this is not json {');
  if (kind === 'nan')
    app.addHook('onSend', async (_q, _r, payload) => String(payload).replace(/"y":[^,}]+/, '"y":NaN'));
  if (kind === 'huge') {
    app.addHook('onSend', async (_q, _r, payload) =>
      String(payload).replace(/}$/, `,"padding":"${'x'.repeat(10 * 1024 * 1024)}"}`),
    );
  }
  if (kind === 'close') {
    app.addHook('onSend', async (request) => {
      request.raw.socket.destroy();
    });
  }
  apps.push(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  return (app.server.address() as { port: number }).port;
}

beforeAll(async () => {
  await cryptoReady();
  validator = createSigner(createKeypair({ uri: '//Alice' }));
  // Larger answers than this count as failures: a Square answer is a few hundred bytes.
  dendrite = createDendrite({ signer: validator, maxResponseBytes: 1024 * 1024 });
  neurons.push({ uid: 0, hotkey: validator.address, axon: undefined, validatorPermit: true, lastUpdate: 0 });
  for (const [i, kind] of KINDS.entries()) {
    const miner = createSigner(createKeypair({ uri: `//Fault${kind}` }));
    const port = await startMiner(kind, miner);
    neurons.push({
      uid: i + 1,
      hotkey: miner.address,
      axon: { ip: '127.0.0.1', port },
      validatorPermit: false,
      lastUpdate: 0,
    });
  }
});
afterAll(async () => {
  dendrite?.close();
  await Promise.all(apps.map((app) => app.close()));
});

describe('validator step against faulty axons', () => {
  it('behavior: the step ends by its deadline; faulty miners score 0, honest ones by quality', async () => {
    const chain = createScriptedChain({ neurons });
    const instance = createValidator({
      chain,
      signer: validator,
      netuid: 1,
      synapse: Square,
      challenge,
      queue: createInProcessQueue({
        processor: createQueryProcessor({ dendrite, synapse: Square, score }),
        concurrency: 64,
      }),
      config: { alpha: 1, queryTimeoutMs: DEADLINE_MS },
    });
    const report = new Promise<StepReport>((resolve) => instance.on('step', resolve));
    await instance.start();
    chain.advance();
    const step = await report;
    await instance.close();

    // correctness bound: the step ends by its 3 s query deadline, not when the hung miner gives up (60 s).
    expect(step.durationMs).toBeLessThan(10 * DEADLINE_MS);
    const byKind = Object.fromEntries(
      KINDS.map((kind, i) => [kind, step.results.find((r) => r.uid === i + 1)!]),
    );
    expect(byKind.good).toMatchObject({ score: 1, status: 200 });
    expect(byKind.half).toMatchObject({ score: 0.5, status: 200 });
    for (const kind of ['hang', 'garbage', 'nan', 'wrong-shape', 'huge', 'close', 'unreachable'] as const) {
      expect(byKind[kind].score, kind).toBe(0);
      expect(byKind[kind].error, kind).toBeTruthy();
    }
    expect([0, 408]).toContain(byKind.hang.status);
    expect(byKind.garbage.status).toBe(422);
    expect(byKind.nan.status).toBe(422);
    expect(byKind['wrong-shape'].status).toBe(422);
    expect(byKind.huge.status).toBe(422);
    expect(byKind.close.status).toBe(503);
    expect(byKind.unreachable.status).toBe(503);
    const scores = instance.scores();
    expect(scores.get(neurons[1].hotkey)).toBe(1);
    expect(scores.get(neurons[2].hotkey)).toBe(0.5);
    for (const n of neurons.slice(3)) expect(scores.get(n.hotkey)).toBe(0);
  });

  it('behavior: a score() that throws or returns out of range counts 0, and the processor never throws', async () => {
    const port = neurons[1].axon!.port;
    const job = (id: string) => ({
      id,
      netuid: 1,
      step: 0,
      seed: '0x00',
      uid: 1,
      hotkey: neurons[1].hotkey,
      axon: { ip: '127.0.0.1', port, hotkey: neurons[1].hotkey },
      challenge: { x: 3 },
      deadlineMs: Date.now() + DEADLINE_MS,
    });
    const throwing = createQueryProcessor({
      dendrite,
      synapse: Square,
      score: () => {
        throw new Error('bug');
      },
    });
    const tooHigh = createQueryProcessor({ dendrite, synapse: Square, score: () => 1.5 });
    const badChallenge = createQueryProcessor({ dendrite, synapse: Square, score });
    expect(await throwing(job('a'))).toMatchObject({ score: 0, error: expect.stringContaining('bug') });
    expect(await tooHigh(job('b'))).toMatchObject({
      score: 0,
      status: 200,
      error: expect.stringContaining('1.5'),
    });
    expect(await badChallenge({ ...job('c'), challenge: { x: 'three' } })).toMatchObject({
      score: 0,
      status: 0,
    });
    expect(await badChallenge({ ...job('d'), deadlineMs: Date.now() - 1 })).toMatchObject({
      score: 0,
      status: 408,
    });
  });
});
