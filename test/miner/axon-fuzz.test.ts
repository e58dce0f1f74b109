/**
 * Fuzz of the auth path: any change to the signed material of a valid request (nonce, hotkey, uuid,
 * signature, body hash, hashed body field) is refused with a 4xx before the handler runs.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Echo, request, send, startAxon, type TestAxon } from './axon-fixture.js';

let axon: TestAxon;
beforeAll(async () => {
  axon = await startAxon();
});
afterAll(async () => {
  await axon.close();
});

const SIGNED = [
  'bt_header_dendrite_nonce',
  'bt_header_dendrite_hotkey',
  'bt_header_dendrite_uuid',
  'bt_header_dendrite_signature',
  'computed_body_hash',
] as const;

describe('axon auth fuzz', () => {
  it('behavior: a mutated signed header or body is refused before the handler', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SIGNED, 'body'),
        fc.oneof(fc.string({ maxLength: 80 }), fc.stringMatching(/^[0-9a-f]{1,130}$/)),
        fc.boolean(),
        async (target, value, remove) => {
          const prepared = await request(axon, { synapse: Echo, input: { text: 'original' } });
          const headers = { ...prepared.headers };
          let body = prepared.body;
          if (target === 'body')
            body = body.replace('"text":"original"', JSON.stringify({ text: value }).slice(1, -1));
          else if (remove) delete headers[target];
          else headers[target] = value.replace(/[^\x21-\x7e]/g, 'x') || 'x';
          if (target !== 'body' && !remove && headers[target] === prepared.headers[target]) return;
          if (target === 'body' && value === 'original') return;
          const response = await send(axon, prepared.path, headers, body);
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
          expect(axon.calls.count).toBe(0);
        },
      ),
      { numRuns: 150 },
    );
  });
});
