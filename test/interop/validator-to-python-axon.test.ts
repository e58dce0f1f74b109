/**
 * Issue 18, item 4: a Python miner built with bittensor 10.5's `Axon` (test/interop/py/axon_digits.py) serves the
 * template's `Digits` synapse on a subnet of the devnet. subnetkit's validator library (createValidator with the
 * real dendrite) queries it every block, scores its answers, sets weights, and within two epochs the chain pays the
 * Python miner more incentive and emission than a served miner that never answers. A dendrite query of its own checks
 * that the Python axon's answers parse and validate against `Digits` (and that it signs none of them); a stranger's
 * dendrite and an unsigned POST show what the Python axon lets through (docs/interop.md).
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Devnet } from '@subnetkit/chain';
import {
  addStake,
  blocksUntilNextEpoch,
  burnedRegister,
  createDendrite,
  createKeypair,
  createSigner,
  cryptoReady,
  type Dendrite,
  getMetagraph,
  getUid,
  prepareRequest,
  type SubtensorClient,
  serveAxon,
  transfer,
} from '@subnetkit/sdk';
import { Digits, encodeImage, imageAt, loadDigits } from '@subnetkit/subnet-template';
import { createValidator, type Validator } from '@subnetkit/validator';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { alice, startAliceSubnet, startClientDevnet, TAO } from '../support/sdk-subnet.js';
import { startBash } from '../support/shell-blocks.js';
import { freePort } from '../validator/redis-server.js';
import { AXON_VENV, interopPython } from './support/interop-venv.js';
import { PY_DIR } from './support/run-python.js';

const python = inject('python');
const TEMPO = 10;
/** The held-out digits the validator asks about, and their labels (which the Python miner is given). */
const IMAGES = 8;

describe.skipIf(python.command === undefined)('subnetkit validator → bittensor 10.5 axon', () => {
  const validatorCold = createKeypair({ uri: '//Charlie' });
  const validatorHot = createKeypair({ uri: '//Charlie//hot' });
  const minerCold = createKeypair({ uri: '//Ferdie' });
  const minerHot = createKeypair({ uri: '//Ferdie//hot' });
  /** A second miner served at a port where nothing listens: what the Python miner's pay is measured against. */
  const deadHot = createKeypair({ uri: '//Ferdie//dead' });
  let devnet: Devnet;
  let client: SubtensorClient;
  let netuid: number;
  let port: number;
  let axonRun: ReturnType<typeof startBash>;
  let dendrite: Dendrite;
  let validator: Validator | undefined;
  const labelOf = new Map<string, number>();

  beforeAll(async () => {
    await cryptoReady();
    ({ devnet, client } = await startClientDevnet({ blockTime: 200 }));
    let venvPython: string;
    [venvPython, port] = await Promise.all([
      interopPython(python.command ?? 'python3', AXON_VENV),
      freePort(),
    ]);
    const { test } = loadDigits();
    for (let i = 0; i < IMAGES; i++) labelOf.set(encodeImage(imageAt(test, i)), test.labels[i] ?? 0);

    netuid = await startAliceSubnet(client, createKeypair({ uri: '//Alice//owner' }), {
      tempo: TEMPO,
      weights_set_rate_limit: 0,
      commit_reveal_weights_enabled: false,
    });
    await burnedRegister(client, { signer: validatorCold, netuid, hotkey: validatorHot.address });
    await burnedRegister(client, { signer: minerCold, netuid, hotkey: minerHot.address });
    await burnedRegister(client, { signer: minerCold, netuid, hotkey: deadHot.address });
    await addStake(client, {
      signer: validatorCold,
      hotkey: validatorHot.address,
      netuid,
      amount: 1_000n * TAO,
    });
    await transfer(client, { signer: alice, to: minerHot.address, amount: 10n * TAO });
    await transfer(client, { signer: alice, to: deadHot.address, amount: 10n * TAO });

    axonRun = startBash(
      `cd ${JSON.stringify(PY_DIR)}\nexec ${JSON.stringify(venvPython)} axon_digits.py //Ferdie//hot //Ferdie ${port} 127.0.0.2 <<'JSON'\n${JSON.stringify({ labels: Object.fromEntries(labelOf) })}\nJSON`,
      { PATH: process.env.PATH ?? '', PYTHONUNBUFFERED: '1' },
    );
    for (let waited = 0; !/^axon ready/m.test(axonRun.output()); waited += 100) {
      if (waited > 30_000) throw new Error(`the Python axon did not start:\n${axonRun.output()}`);
      await sleep(100);
    }
    // 127.0.0.1 is refused on chain (as subtensor does); the Python axon listens on every address.
    await serveAxon(client, { signer: minerHot, netuid, ip: '127.0.0.2', port });
    await serveAxon(client, { signer: deadHot, netuid, ip: '127.0.0.2', port: await freePort() });
    dendrite = createDendrite({ signer: createSigner(validatorHot) });
  }, 600_000);

  afterAll(async () => {
    await validator?.close();
    dendrite?.close();
    axonRun?.kill('SIGTERM');
    await axonRun?.exited;
    await client?.disconnect();
    await devnet?.close();
  });

  it('behavior: its answers validate as Digits but are unsigned; it serves unregistered callers, unsigned requests get 500', async () => {
    const images = [...labelOf.keys()];
    const [result] = await dendrite.query({
      synapse: Digits,
      axons: [{ ip: '127.0.0.2', port, hotkey: minerHot.address }],
      input: { images },
      timeout: 10,
    });
    expect(result?.status, `${result?.message}\n${axonRun.output()}`).toBe(200);
    expect(result?.response?.predictions).toEqual([...labelOf.values()]);

    // The same request sent by hand (laid out by the dendrite's own prepareRequest), to see the whole answer:
    // bittensor 10.5's axon signs nothing back. No `bt_header_axon_signature`, and the body's `axon` has no signature,
    // nonce or uuid, so no dendrite can tell its answer from a forged one (subnetkit's axon signs every answer,
    // body hash included: `verifyAxonResponse`).
    const prepared = await prepareRequest({
      synapse: Digits,
      input: { images },
      signer: createSigner(validatorHot),
      axon: { ip: '127.0.0.2', port, hotkey: minerHot.address },
      nonce: BigInt(Date.now()) * 1_000_000n,
      uuid: randomUUID(),
      timeout: 10,
    });
    const raw = await fetch(prepared.url, {
      method: 'POST',
      headers: { ...prepared.headers, 'content-type': 'application/json' },
      body: prepared.body,
    });
    expect(raw.status).toBe(200);
    expect(raw.headers.get('bt_header_axon_hotkey')).toBe(minerHot.address);
    expect(raw.headers.get('bt_header_axon_signature')).toBeNull();
    const { axon } = (await raw.json()) as { axon: Record<string, unknown> };
    expect(axon).toMatchObject({ hotkey: minerHot.address, signature: null, nonce: null, uuid: null });

    // bittensor's Axon has no allowlist unless the miner attaches a blacklist_fn: a hotkey that is not on the subnet
    // is served (subnetkit's miner answers 403, test/interop/python-dendrite-to-miner.test.ts).
    const nobody = createDendrite({ signer: createSigner(createKeypair({ uri: '//Nobody' })) });
    const [stranger] = await nobody.query({
      synapse: Digits,
      axons: [{ ip: '127.0.0.2', port, hotkey: minerHot.address }],
      input: { images },
      timeout: 10,
    });
    nobody.close();
    expect(stranger?.status).toBe(200);
    // Unsigned, it fails to parse the request into a synapse and answers 500 (subnetkit's miner: 401).
    const unsigned = await fetch(`http://127.0.0.2:${port}/Digits`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ images }),
    });
    expect(unsigned.status).toBe(500);
    expect(await unsigned.text()).toMatch(/Internal Server Error/);
  });

  it('behavior: the validator scores it and within two epochs the chain pays it more than a dead miner', {
    timeout: 90_000,
  }, async () => {
    const images = [...labelOf.keys()];
    validator = createValidator({
      client,
      signer: createSigner(validatorHot),
      netuid,
      synapse: Digits,
      // The eight digits in an order of the step's seed.
      challenge: (seed) => {
        const shift = Number.parseInt(seed.slice(-4), 16) % images.length || 0;
        return { images: [...images.slice(shift), ...images.slice(0, shift)] };
      },
      score: (query, response) =>
        query.images.filter((image, i) => response.predictions?.[i] === labelOf.get(image)).length /
        query.images.length,
      dendrite,
      config: { alpha: 0.5, queryTimeoutMs: 5_000, concurrency: 8 },
    });
    await validator.start();
    devnet.producer.setMode('interval');
    const uid = (await getUid(client, { netuid, hotkey: minerHot.address })) ?? -1;
    const deadUid = (await getUid(client, { netuid, hotkey: deadHot.address })) ?? -1;
    // Two epochs from now, counted in blocks so a loaded machine only makes it slower.
    const lastBlock =
      (await getMetagraph(client, { netuid })).block +
      (await blocksUntilNextEpoch(client, { netuid })) +
      2 * TEMPO +
      1;
    let paid = false;
    for (let block = 0; !paid && block <= lastBlock; ) {
      await sleep(250);
      const metagraph = await getMetagraph(client, { netuid });
      block = metagraph.block;
      paid =
        (metagraph.incentive[uid] ?? 0) > (metagraph.incentive[deadUid] ?? 0) &&
        (metagraph.emission[uid] ?? 0) > (metagraph.emission[deadUid] ?? 0);
    }
    devnet.producer.setMode('manual');
    expect(paid, axonRun.output()).toBe(true);
    expect(validator.scores().get(minerHot.address)).toBeGreaterThan(0.5);
    const { weights } = await getMetagraph(client, { netuid, weights: true });
    const validatorUid = (await getUid(client, { netuid, hotkey: validatorHot.address })) ?? -1;
    expect([...(weights?.[validatorUid]?.uids ?? [])]).toContain(uid);
    expect(axonRun.output()).toMatch(/^served 8$/m);
  });
});
