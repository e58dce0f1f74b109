/**
 * Vitest global setup: finds out once per run how tests can reach Redis — `redis-server` and `redis-cli` on the PATH
 * (tests start, kill and cluster their own servers) and `REDIS_URL` (tests that only need a Redis may use it) — gives
 * the answer to test files as `inject('redis')`, and prints one line naming what to install when Redis tests will be
 * skipped, instead of a failure per test.
 */
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

/** What Redis the tests of this run have. */
export type RedisAvailability = {
  /** `redis-server` and `redis-cli` are on the PATH. */
  server: boolean;
  /** `REDIS_URL`, when set. */
  url: string | undefined;
};

declare module 'vitest' {
  export interface ProvidedContext {
    redis: RedisAvailability;
  }
}

const INSTALL = 'apt-get install redis-server, or brew install redis';

/** Whether `command --version` runs and exits 0. */
function runs(command: string): boolean {
  return spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Provides `redis` to the test files, and warns once when some of them will skip. */
export default function setup(project: TestProject): void {
  const redis: RedisAvailability = {
    server: runs('redis-server') && runs('redis-cli'),
    url: process.env.REDIS_URL || undefined,
  };
  project.provide('redis', redis);
  if (redis.server) return;
  console.warn(
    redis.url === undefined
      ? `Redis tests skipped: no redis-server on the PATH and no REDIS_URL. Install Redis (${INSTALL}) or set REDIS_URL=redis://host:port.`
      : `Redis tests that start their own server skipped: no redis-server on the PATH (REDIS_URL serves the others). Install Redis (${INSTALL}).`,
  );
}
