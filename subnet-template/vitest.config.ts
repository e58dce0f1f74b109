import { defineConfig } from 'vitest/config';

// Runs against the framework packages as they are installed: their built `dist` JavaScript. (In the subnetkit
// repository the root config runs these tests against the framework's TypeScript sources instead.)
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
});
