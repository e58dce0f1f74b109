/**
 * The CPU-bound job of the scale-out bench: a fixed amount of SHA-256 hashing per job, standing in for a subnet
 * whose `score()` is expensive (say, running a reference model on each answer).
 */
import { createHash } from 'node:crypto';
import type { JobProcessor } from '@subnetkit/validator';

const block = Buffer.alloc(16 * 1024, 7);

/**
 * A processor that hashes `rounds` × 16 KiB per job and derives a score in [0, 1] from the digest.
 *
 * @example
 * const processor = hashingProcessor(1500); // ≈ 15 ms of one core per job
 */
export function hashingProcessor(rounds: number): JobProcessor {
  return async (job) => {
    const started = performance.now();
    let digest = Buffer.from(job.id);
    for (let round = 0; round < rounds; round += 1) {
      digest = createHash('sha256').update(digest).update(block).digest();
    }
    return {
      id: job.id,
      uid: job.uid,
      hotkey: job.hotkey,
      score: (digest[0] as number) / 255,
      status: 200,
      elapsedMs: performance.now() - started,
    };
  };
}
