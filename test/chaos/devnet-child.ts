/**
 * The chaos suite's devnet process: `startDevnet` on a fixed port and data directory, so the suite can SIGKILL it
 * and start it again where it left off. Usage: `devnet-child.ts <port> <dataDir> <instant|interval> <blockTimeMs>`.
 * Prints `devnet ready <url>` once it serves; SIGTERM closes it.
 */
import { startDevnet } from '@subnetkit/chain';

const [port, basePath, mode, blockTime] = process.argv.slice(2);
if (port === undefined || basePath === undefined || (mode !== 'instant' && mode !== 'interval')) {
  throw new Error('usage: devnet-child.ts <port> <dataDir> <instant|interval> <blockTimeMs>');
}
const devnet = await startDevnet({
  port: Number(port),
  basePath,
  mode,
  blockTime: Number(blockTime ?? 1000),
  finalizeDelay: 0,
});
process.stdout.write(`devnet ready ${devnet.url}\n`);
process.once('SIGTERM', () => void devnet.close().then(() => process.exit(0)));
