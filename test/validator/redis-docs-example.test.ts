// Runs the examples of docs/validator.md's "Scaling out with Redis" section against a real Redis started here, so
// they stay runnable. They are fenced as ```typescript, not ```ts, so test/validator/docs-examples.test.ts (which
// runs the ```ts blocks with no Redis of its own) leaves them to this test.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, inject, it, vi } from 'vitest';
import { type RedisServer, startRedisServer } from './redis-server.js';

const here = dirname(fileURLToPath(import.meta.url));
const doc = await readFile(join(here, '../../docs/validator.md'), 'utf8');
const section = doc.slice(
  doc.indexOf('## Scaling out with Redis'),
  doc.indexOf('\n## ', doc.indexOf('## Scaling out with Redis') + 1),
);
const examples = [...section.matchAll(/```typescript\n([\s\S]*?)```/g)].map((match) => match[1] as string);
const outDir = join(here, `.redis-docs-examples-${process.pid}`);

/** `it`, skipped where the machine has no redis-server (the run says so once: test/support/redis-global-setup.ts). */
const test = it.skipIf(!inject('redis').server);
let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
  await redis.dispose();
});

test('default: the section has a runnable example; it prints the three scores and the idempotent rerun', async () => {
  expect(examples).toHaveLength(1);
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, 'scaling-out.ts');
  await writeFile(file, `${examples[0]}\nexport {};\n`);
  vi.stubEnv('REDIS_URL', redis.url);
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    await import(pathToFileURL(file).href);
    expect(log.mock.calls.map((args) => args.join(' '))).toEqual(['1:0.1 2:0.2 3:0.3', 'true']);
  } finally {
    log.mockRestore();
    vi.unstubAllEnvs();
  }
});
