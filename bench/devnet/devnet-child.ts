// A devnet in its own process for benchmarks: prints "devnet ready <url>" and "rss <bytes>" on SIGUSR2.
import { startDevnet } from '@subnetkit/chain';

const mode = (process.argv[2] ?? 'interval') as 'interval' | 'instant' | 'manual';
const threads = process.env.VERIFIER_THREADS;
const devnet = await startDevnet({
  port: 0,
  mode,
  ...(threads === undefined ? {} : { verifierThreads: Number(threads) }),
});
process.stdout.write(`devnet ready ${devnet.url}\n`);
process.on('SIGUSR2', () => process.stdout.write(`rss ${process.memoryUsage().rss}\n`));
process.on('SIGTERM', () => {
  devnet.close().then(() => process.exit(0));
});
