/**
 * The adversary library (`@subnetkit/validator/testing`) behind real axons on loopback, queried by a real dendrite:
 * each behaviour answers as documented.
 */
import { buildAxon, createStaticPeerDirectory, type Peer } from '@subnetkit/miner';
import {
  type AxonTarget,
  createDendrite,
  createKeypair,
  createSigner,
  cryptoReady,
  type Dendrite,
  type Signer,
} from '@subnetkit/sdk';
import {
  type AdversaryHandler,
  constantMiner,
  copyMiner,
  lookupMiner,
  randomMiner,
  replayMiner,
  slowMiner,
} from '@subnetkit/validator/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerOfQuality, Square } from './square-subnet.js';

const key = (uri: string) => createSigner(createKeypair({ uri }));
const permit: Peer = { uid: 0, validatorPermit: true, stake: 100 };

describe('adversary miners', () => {
  const apps: FastifyInstance[] = [];
  const dendrites: Dendrite[] = [];
  let validator: Signer;
  let dendrite: Dendrite;

  /** Serves `handler` for Square behind a real axon; `peers` may call it (only those with a permit, unless `open`). */
  async function serve(
    handler: AdversaryHandler,
    peers: Record<string, Peer>,
    uri: string,
    open = false,
  ): Promise<AxonTarget> {
    const signer = key(uri);
    const app = buildAxon({
      signer,
      allowlist: { requireValidatorPermit: !open },
      synapses: [Square],
      handlers: { Square: handler },
      peers: createStaticPeerDirectory(peers),
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    apps.push(app);
    return { ip: '127.0.0.1', port: (app.server.address() as { port: number }).port, hotkey: signer.address };
  }
  const ask = async (axon: AxonTarget, x: number, timeout = 10) =>
    (await dendrite.query({ synapse: Square, axons: [axon], input: { x }, timeout }))[0];

  beforeAll(async () => {
    await cryptoReady();
    validator = key('//Alice');
    dendrite = createDendrite({ signer: validator });
    dendrites.push(dendrite);
  });
  afterAll(async () => {
    for (const d of dendrites) d.close();
    await Promise.all(apps.map((app) => app.close()));
  });

  it('default: constantMiner answers the same whatever it is asked', async () => {
    const axon = await serve(constantMiner({ y: 4 }), { [validator.address]: permit }, '//Constant');
    expect((await ask(axon, 2)).response).toEqual({ y: 4 });
    expect((await ask(axon, 9)).response).toEqual({ y: 4 });
  });

  it('default: randomMiner draws its answers from its seed', async () => {
    const guess = randomMiner<{ x: number }>((_request, random) => ({ y: random.int(1_000_000) }), '0x42');
    const again = randomMiner<{ x: number }>((_request, random) => ({ y: random.int(1_000_000) }), '0x42');
    const a = await serve(guess, { [validator.address]: permit }, '//RandomA');
    const b = await serve(again, { [validator.address]: permit }, '//RandomB');
    const first = [(await ask(a, 3)).response, (await ask(a, 3)).response];
    expect(first[0]).not.toEqual(first[1]);
    expect([(await ask(b, 3)).response, (await ask(b, 3)).response]).toEqual(first);
  });

  it('default: lookupMiner answers what its table holds, and its fallback for the rest', async () => {
    const table = new Map([['3', 9]]);
    const lookup = lookupMiner<number, { x: number }>({
      table,
      items: (request) => [String(request.x)],
      respond: ([found]) => ({ y: found ?? 0 }),
    });
    const axon = await serve(lookup, { [validator.address]: permit }, '//Lookup');
    expect((await ask(axon, 3)).response).toEqual({ y: 9 });
    expect((await ask(axon, 4)).response).toEqual({ y: 0 });
  });

  it('default: copyMiner returns the answer of the miner it forwards to', async () => {
    const copier = key('//Copier');
    const honest = await serve(
      async (request) => answerOfQuality(1)(request),
      { [validator.address]: permit, [copier.address]: { uid: 5, validatorPermit: false, stake: 0 } },
      '//HonestOpen',
      true, // answers any registered hotkey
    );
    const copierDendrite = createDendrite({ signer: copier });
    dendrites.push(copierDendrite);
    const copy = copyMiner({ dendrite: copierDendrite, synapse: Square, peer: honest });
    const axon = await serve(copy, { [validator.address]: permit }, '//Copier');
    const copied = await ask(axon, 7);
    expect(copied.response, copied.message).toEqual({ y: 49 });
  });

  it('error: copyMiner fails the query when the copied miner answers only validators', async () => {
    const copier = key('//Copier2');
    const guarded = await serve(
      async (request) => answerOfQuality(1)(request),
      { [validator.address]: permit, [copier.address]: { uid: 6, validatorPermit: false, stake: 0 } },
      '//HonestGuarded',
    );
    const copierDendrite = createDendrite({ signer: copier });
    dendrites.push(copierDendrite);
    const axon = await serve(
      copyMiner({ dendrite: copierDendrite, synapse: Square, peer: guarded }),
      { [validator.address]: permit },
      '//Copier2',
    );
    const result = await ask(axon, 7);
    expect(result.ok).toBe(false);
    expect(result.response).toBeUndefined();
  });

  it('default: replayMiner answers every query with its first answer', async () => {
    let computed = 0;
    const honest = async (request: Record<string, unknown>) => {
      computed++;
      return answerOfQuality(1)(request);
    };
    const axon = await serve(replayMiner(honest), { [validator.address]: permit }, '//Replay');
    expect((await ask(axon, 3)).response).toEqual({ y: 9 });
    expect((await ask(axon, 5)).response).toEqual({ y: 9 });
    expect(computed).toBe(1);
  });

  it('behavior: slowMiner answers as its handler does, too late for a short deadline', async () => {
    const axon = await serve(
      slowMiner(async (request) => answerOfQuality(1)(request), 5_000),
      { [validator.address]: permit },
      '//Slow',
    );
    const late = await ask(axon, 3, 0.5);
    expect(late.status).toBe(408);
    const quick = await serve(
      slowMiner(async (request) => answerOfQuality(1)(request), 0),
      { [validator.address]: permit },
      '//Quick',
    );
    expect((await ask(quick, 3)).response).toEqual({ y: 9 });
  });
});
