// biome-ignore-all lint/performance/noBarrelFile: entrypoint module
// The public API of @subnetkit/validator. Every export is listed by name.

export type { JobProcessor, JobQueue, JobResult, QueryJob } from './queue/job.js';
