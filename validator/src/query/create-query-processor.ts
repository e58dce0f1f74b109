import { performance } from 'node:perf_hooks';
import { shortMessageOf } from '@subnetkit/errors';
import type { Dendrite, Synapse, SynapseRequest } from '@subnetkit/sdk';
import type { JobProcessor, JobResult, QueryJob } from '../queue/job.js';
import { sanitizeScore } from '../scores/score-table.js';
import type { ScoreFunction } from '../subnet-functions.js';

/**
 * Options of {@link createQueryProcessor}.
 *
 * @example
 * const options: QueryProcessorOptions<typeof Dummy> = { dendrite, synapse: Dummy, score };
 */
export type QueryProcessorOptions<synapse extends Synapse> = {
  /** The SDK dendrite, signing with the validator's hotkey. */
  dendrite: Dendrite;
  synapse: synapse;
  /** The subnet's pure score function. */
  score: ScoreFunction<synapse>;
};

/**
 * The {@link JobProcessor} every queue back end runs: queries one axon with the job's challenge through the SDK
 * dendrite, bounded by the job's absolute deadline, and scores a valid answer with the subnet's `score`. It never
 * throws: a timeout (408), refused or dropped connection (503), an answer that is not JSON, too large or of the wrong
 * shape (422), an error status, a score that is NaN or out of [0, 1], or a throwing `score` all give score 0, with
 * the reason in `error`.
 *
 * @example
 * const processor = createQueryProcessor({ dendrite, synapse: Dummy, score });
 * const result = await processor(job); // { id, uid, hotkey, score, status, elapsedMs }
 */
export function createQueryProcessor<synapse extends Synapse>(
  options: QueryProcessorOptions<synapse>,
): JobProcessor {
  const { dendrite, synapse, score } = options;
  return async (job: QueryJob): Promise<JobResult> => {
    const started = performance.now();
    const outcome = (status: number, value: number, error?: string): JobResult => ({
      id: job.id,
      uid: job.uid,
      hotkey: job.hotkey,
      score: value,
      status,
      elapsedMs: performance.now() - started,
      ...(error === undefined ? {} : { error }),
    });
    const remainingMs = job.deadlineMs - Date.now();
    if (remainingMs <= 0) return outcome(408, 0, 'the deadline passed before the query started');
    try {
      const [result] = await dendrite.query({
        synapse,
        axons: [job.axon],
        input: job.challenge as SynapseRequest<synapse>,
        timeout: remainingMs / 1000,
      });
      if (!result.ok || result.response === undefined) return outcome(result.status, 0, result.message);
      const raw = await score(job.challenge as SynapseRequest<synapse>, result.response, {
        netuid: job.netuid,
        step: job.step,
        seed: job.seed,
        uid: job.uid,
        hotkey: job.hotkey,
        elapsedMs: result.elapsedMs,
      });
      const value = sanitizeScore(raw);
      return value === raw
        ? outcome(result.status, value)
        : outcome(result.status, 0, `score() returned ${String(raw)}, not a number in [0, 1]`);
    } catch (error) {
      return outcome(0, 0, `query or score failed: ${shortMessageOf(error)}`);
    }
  };
}
