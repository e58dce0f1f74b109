/**
 * The logging surface the validator needs: pino's, so a pino logger can be passed as is.
 * Library code never creates a logger; it receives one (or logs nothing).
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
