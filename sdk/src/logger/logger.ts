/**
 * The logging surface subnetkit's daemons (miner, validator, dashboard) take: pino's, so a pino logger can be
 * passed as is. Library code never creates a logger; it receives one (or logs nothing).
 *
 * @example
 * import pino from 'pino';
 * const logger: Logger = pino();
 */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

/**
 * A logger that drops everything (the default).
 *
 * @example
 * createValidator({ ...options, logger: silentLogger });
 */
export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  child: () => silentLogger,
};

/**
 * A pino-compatible logger that writes one JSON object per line (`level`, `time`, bindings, fields, `msg`) with
 * `write`, e.g. to stderr. `debug` lines are written only when `debug` is true.
 *
 * @example
 * const logger = jsonLinesLogger((line) => process.stderr.write(line), { name: 'miner' });
 * logger.info({ port: 8091 }, 'miner ready');
 */
export function jsonLinesLogger(
  write: (line: string) => void,
  bindings: Record<string, unknown> = {},
  options: { debug?: boolean } = {},
): Logger {
  const level = (name: string) => (obj: object, msg?: string) =>
    write(`${JSON.stringify({ level: name, time: Date.now(), ...bindings, ...obj, msg })}\n`);
  return {
    debug: options.debug ? level('debug') : () => {},
    info: level('info'),
    warn: level('warn'),
    error: level('error'),
    child: (more) => jsonLinesLogger(write, { ...bindings, ...more }, options),
  };
}
