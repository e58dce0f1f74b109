import { defineConfig } from 'vitest/config';

// Workspace packages export their TypeScript sources under the "source" condition,
// so tests run against src/ without a build step.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['{errors,chain,sdk,miner,validator,cli,subnet-template,test}/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker on a 2-core machine; most files wait on child processes, sockets and block
    // timers rather than the CPU, so two workers halve the suite's wall time there.
    maxWorkers: 2,
  },
});
