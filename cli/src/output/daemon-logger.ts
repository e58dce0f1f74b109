import { jsonLinesLogger, type Logger } from '@subnetkit/sdk';
import type { CommandContext } from '../framework/subcommand.js';
import { prettyLogLine } from './pretty-log-line.js';

/**
 * The logger of a long-running command (miner, validator, validator-worker, dashboard): on stderr, one line per record carrying
 * the command's `name` and the `pid` — readable lines (`12:03:04 INFO  validator step completed step=3 …`) when
 * stderr is a terminal, JSON lines otherwise (files, pipes, log collectors); debug lines only with `--logging.debug`.
 *
 * @example
 * const logger = daemonLogger(context, 'miner');
 * logger.info({ port: 8091 }, 'miner ready');
 */
export function daemonLogger(context: CommandContext, name: string): Logger {
  return jsonLinesLogger(
    context.io.stderr.isTTY === true
      ? (line) => context.io.stderr.write(prettyLogLine(line))
      : (line) => context.io.stderr.write(line),
    { name, pid: process.pid },
    { debug: context.options.flag('logging.debug') },
  );
}
