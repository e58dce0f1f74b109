import { defineConfig } from 'vitest/config';

// Workspace packages export their TypeScript sources under the "source" condition,
// so tests run against src/ without a build step.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['{errors,drand,chain,sdk,miner,validator,cli,subnet-template,test}/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Finds redis-server / REDIS_URL, and python3 ≥ 3.10 for test/interop, once; says what to install when tests skip.
    globalSetup: ['test/support/redis-global-setup.ts', 'test/support/python-global-setup.ts'],
    pool: 'forks',
    // Vitest's default is one worker on a 2-core machine; most files wait on child processes, sockets and block
    // timers rather than the CPU, so two workers halve the suite's wall time there.
    maxWorkers: 2,
    // CI counts results from a JSON report (.ci/run names the file); the terminal keeps vitest's default reporter.
    ...(process.env.SUBNETKIT_TEST_REPORT
      ? { reporters: ['default', 'json'], outputFile: { json: process.env.SUBNETKIT_TEST_REPORT } }
      : {}),
  },
});
