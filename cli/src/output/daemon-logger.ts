import { jsonLinesLogger, type Logger } from '@subnetkit/sdk';
import type { CommandContext } from '../framework/subcommand.js';

/**
 * The logger of a long-running command (miner, validator, validator-worker): JSON lines on stderr carrying the
 * command's `name` and the `pid`, debug lines only with `--logging.debug`.
 *
 * @example
 * const logger = daemonLogger(context, 'miner');
 * logger.info({ port: 8091 }, 'miner ready');
 */
export function daemonLogger(context: CommandContext, name: string): Logger {
  return jsonLinesLogger(
    (line) => context.io.stderr.write(line),
    { name, pid: process.pid },
    { debug: context.options.flag('logging.debug') },
  );
}
