import { createKeypair, createSigner, cryptoReady, defineSynapse } from '@subnetkit/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type AxonOptions, resolveAxonOptions } from './axon-options.js';
import { createStaticPeerDirectory } from './peer-directory.js';

const Dummy = defineSynapse({ name: 'Dummy', request: { x: z.int() }, response: {} });
let base: AxonOptions;
beforeAll(async () => {
  await cryptoReady();
  base = {
    signer: createSigner(createKeypair({ uri: '//Ferdie' })),
    synapses: [Dummy],
    handlers: { Dummy: () => ({}) },
    peers: createStaticPeerDirectory(),
  };
});

describe('resolveAxonOptions', () => {
  it('default: fills every default and freezes', () => {
    const resolved = resolveAxonOptions(base);
    expect(resolved.allowlist).toEqual({
      requireRegistered: true,
      requireValidatorPermit: true,
      minStake: 0,
    });
    expect(resolved.priority).toEqual({ maxConcurrent: 64, maxWaitMs: 2000, maxQueue: 1024 });
    expect(resolved.bodyLimit).toBe(1024 * 1024);
    expect(resolved.signResponses).toBe(true);
    expect(Object.isFrozen(resolved)).toBe(true);
    expect(Object.isFrozen(resolved.rateLimit.perIp)).toBe(true);
  });

  it.each([
    ['a handler without synapse', { handlers: { Dummy: () => ({}), Other: () => ({}) } }, /handler Other/],
    ['a synapse without handler', { handlers: {} }, /no handler for synapse Dummy/],
    ['no synapse', { synapses: [], handlers: {} }, /at least one synapse/],
    ['a negative stake', { allowlist: { minStake: -1 } }, /minStake/],
    ['a zero rate', { rateLimit: { perIp: { requests: 0, windowMs: 1000 } } }, /rateLimit.perIp.requests/],
    ['a bad port', { external: { port: 70000 } }, /external.port/],
  ])('error: %s → MINER_OPTIONS_INVALID', (_name, override, message) => {
    expect(() => resolveAxonOptions({ ...base, ...(override as Partial<AxonOptions>) })).toThrow(message);
  });
});
