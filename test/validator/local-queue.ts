/** A trivial in-process JobQueue for these tests: every job at once, results in by the deadline. */
import type { JobProcessor, JobQueue, JobResult } from '@subnetkit/validator';

export function createLocalQueue(processor: JobProcessor): JobQueue {
  return {
    async run(jobs, { deadlineMs }) {
      const results: JobResult[] = [];
      const all = Promise.all(jobs.map(async (job) => results.push(await processor(job))));
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, Math.max(0, deadlineMs - Date.now()));
      });
      await Promise.race([all, deadline]);
      clearTimeout(timer);
      return [...results];
    },
    async close() {},
  };
}
