/**
 * The timelock format proven both ways against the Python `bittensor-drand` package (Rust `tle` inside): a
 * ciphertext our code makes decrypts there, and one made there decrypts here, both with quicknet's real signature of
 * round 1000. Skips with one message where there is no python3 or no PyPI.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { u8aToHex } from '@polkadot/util';
import { QUICKNET, timelockDecrypt, timelockEncrypt } from '@subnetkit/drand';
import { loadQuicknetVectors } from '@subnetkit/drand/test-vectors';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DrandVenv, drandVenv } from './drand-venv.js';

const run = promisify(execFile);
const PEER = join(import.meta.dirname, 'bittensor_drand_peer.py');
const vectors = loadQuicknetVectors();
const [p1000, p1001] = vectors.pulses;
const payload = vectors.tleCiphertext.plaintext;
const hex = (bytes: Uint8Array) => u8aToHex(bytes).slice(2);
const bytes = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));

let venv: DrandVenv;
beforeAll(async () => {
  venv = await drandVenv();
  if ('skip' in venv) console.warn(`bittensor-drand interop skipped: ${venv.skip}`);
}, 200_000);

/** Runs one request through bittensor_drand_peer.py. */
async function peer(request: object): Promise<Record<string, string>> {
  if (!('python' in venv)) throw new Error('no venv');
  const child = run(venv.python, [PEER], { timeout: 30_000 });
  child.child.stdin?.end(JSON.stringify(request));
  return JSON.parse((await child).stdout);
}

describe('bittensor-drand interop', () => {
  it('default: ours → bittensor-drand: our ciphertext to round 1000 decrypts there with the real signature', async (context) => {
    if ('skip' in venv) return context.skip(venv.skip);
    const ciphertext = timelockEncrypt({ plaintext: payload, round: 1000n, publicKey: QUICKNET.publicKey });
    const answer = await peer({
      op: 'decrypt',
      ciphertext: hex(ciphertext),
      round: 1000,
      signature: hex(p1000!.signature),
    });
    expect(answer.plaintext).toBe(hex(payload));
  });

  it('default: bittensor-drand → ours: its ciphertext to round 1000 decrypts here, and not with round 1001', async (context) => {
    if ('skip' in venv) return context.skip(venv.skip);
    const answer = await peer({ op: 'encrypt', plaintext: hex(payload), round: 1000 });
    const ciphertext = bytes(answer.ciphertext!);
    expect(timelockDecrypt(ciphertext, p1000!.signature)).toEqual({ ok: true, plaintext: payload });
    expect(timelockDecrypt(ciphertext, p1001!.signature)).toEqual({ ok: false, reason: 'wrong-signature' });
  });

  it('error: bittensor-drand refuses our ciphertext under the signature of round 1001', async (context) => {
    if ('skip' in venv) return context.skip(venv.skip);
    const ciphertext = timelockEncrypt({ plaintext: payload, round: 1000n, publicKey: QUICKNET.publicKey });
    await expect(
      peer({ op: 'decrypt', ciphertext: hex(ciphertext), round: 1000, signature: hex(p1001!.signature) }),
    ).rejects.toThrow();
  });
});
