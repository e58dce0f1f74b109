import { defineConfig } from 'vitest/config';

// The framework packages export their TypeScript sources under the "source" condition,
// so tests run against them without a build step.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { include: ['test/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
});
