/**
 * The job contract between the validator's step loop and its queue back ends (in-process or BullMQ).
 *
 * One job queries one miner's axon with one challenge and scores the answer. Jobs are idempotent by
 * `id` (`${netuid}:${step}:${uid}`), so a back end that retries or redelivers never counts a miner twice.
 */

/** One query to one miner, built by the validator's step loop. JSON-serialisable. */
export type QueryJob = {
  /** `${netuid}:${step}:${uid}`: unique per miner per step. */
  id: string;
  netuid: number;
  step: number;
  /** The step's seed (`challengeSeed`), which built `challenge` and which `score()` may use to rebuild what it holds back. */
  seed: string;
  uid: number;
  /** The miner's hotkey (SS58) at the time the step sampled it. */
  hotkey: string;
  /** Where the miner serves. */
  axon: { ip: string; port: number; hotkey: string };
  /** The JSON-serialisable query built by the subnet's `challenge()`. */
  challenge: unknown;
  /** Absolute deadline (epoch ms) after which the answer no longer counts. */
  deadlineMs: number;
};

/** The outcome of one {@link QueryJob}. */
export type JobResult = {
  id: string;
  uid: number;
  hotkey: string;
  /** In [0, 1]; 0 on any failure (timeout, transport error, bad answer). */
  score: number;
  /** HTTP-like status the dendrite reported, 0 if none. */
  status: number;
  elapsedMs: number;
  error?: string;
};

/**
 * Runs one job: queries the miner and scores the answer. `createQueryProcessor`'s never throws (every failure is a
 * score-0 result). A processor may also throw: both queue back ends then retry it with backoff while attempts and
 * the deadline allow (for transport errors), except after an `UnrecoverableJobError` (a bad answer), and report a
 * job that gives up with score 0 and the error.
 */
export type JobProcessor = (job: QueryJob) => Promise<JobResult>;

/**
 * A back end that runs a step's jobs. A job with no result by `deadlineMs` is left out of the returned
 * array, and the validator counts it as score 0.
 */
export interface JobQueue {
  run(jobs: readonly QueryJob[], options: { deadlineMs: number }): Promise<JobResult[]>;
  close(): Promise<void>;
}
