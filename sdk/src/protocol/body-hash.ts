import { createHash } from 'node:crypto';
import type { Synapse } from './define-synapse.js';
import { pythonStr } from './python-str.js';

/**
 * `sha3_256("")`: the body hash of a synapse with no hash fields (most Python subnets).
 *
 * @example
 * computeBodyHash(defineSynapse({ name: 'Dummy', request: {}, response: {}, hashFields: [] }), {}) === EMPTY_BODY_HASH; // true
 */
export const EMPTY_BODY_HASH = 'a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a';

/**
 * Bittensor's `Synapse.body_hash`: `sha3_256(concat(sha3_256(str(field)).hex() for field in hashFields)).hex()`,
 * with Python `str()` rendering ({@link pythonStr}). Lowercase hex without `0x`.
 *
 * @example
 * const hash = computeBodyHash(Echo, { text: 'hi', n: 3 });
 */
export function computeBodyHash(synapse: Synapse, fields: Record<string, unknown>): string {
  const shape = { ...synapse.request.shape, ...synapse.response.shape };
  let joined = '';
  for (const field of synapse.hashFields) joined += sha3Hex(pythonStr(fields[field] ?? null, shape[field]));
  return sha3Hex(joined);
}

// Node's OpenSSL SHA3 is ~20× faster than a JavaScript one on request-sized bodies.
function sha3Hex(text: string): string {
  return createHash('sha3-256').update(text, 'utf8').digest('hex');
}
