import { CliError } from './cli-error.js';

type ListenError = { code?: unknown; address?: unknown; port?: unknown; cause?: unknown };

/**
 * Turns a failed `listen` (`EADDRINUSE`, also when wrapped as another error's `cause`) into `CLI_PORT_IN_USE`, with
 * the flag that picks another port as the fix; any other error is returned unchanged. Daemons call it around their
 * servers' `listen`, so a second miner or validator on the same machine stops at once and says which flag to set.
 *
 * @example
 * try {
 *   await server.listen({ port });
 * } catch (error) {
 *   throw explainPortInUse(error, 'metrics.port');
 * }
 */
export function explainPortInUse(error: unknown, flag: string): unknown {
  for (let cause: unknown = error; typeof cause === 'object' && cause !== null; ) {
    const listen: ListenError = cause;
    if (listen.code === 'EADDRINUSE') {
      const where =
        typeof listen.port === 'number' ? `${String(listen.address ?? '')}:${listen.port}` : `--${flag}`;
      return new CliError('CLI_PORT_IN_USE', `another process already listens on ${where} (--${flag})`, {
        fix: `pass another --${flag}, or --${flag} 0 for any free port (or stop the other process)`,
        cause: error,
      });
    }
    cause = listen.cause;
  }
  return error;
}
