import { BaseError, type BaseErrorOptions } from '@subnetkit/errors';

/**
 * Stable error codes of the `subnetkit` command. A code never changes meaning; `docs/errors.md` lists them (a test
 * keeps the two in step).
 *
 * @example
 * CLI_ERROR_CODES.includes('CLI_CONFIRMATION_REQUIRED'); // true
 */
export const CLI_ERROR_CODES = [
  'CLI_USAGE',
  'CLI_INVALID_OPTION',
  'CLI_CONFIG_INVALID',
  'CLI_CONFIRMATION_REQUIRED',
  'CLI_ABORTED',
  'CLI_PASSWORD_REQUIRED',
  'CLI_WALLET_NOT_FOUND',
  'CLI_WALLET_EXISTS',
  'CLI_CONNECTION_FAILED',
  'CLI_NOT_REGISTERED',
  'CLI_ALREADY_REGISTERED',
  'CLI_SUBNET_NOT_FOUND',
  'CLI_UNKNOWN_HYPERPARAMETER',
  'CLI_INSUFFICIENT_BALANCE',
  'CLI_INSUFFICIENT_STAKE',
  'CLI_NOT_PERMITTED',
  'CLI_TRANSACTION_FAILED',
  'CLI_PORT_IN_USE',
] as const;

/**
 * One of {@link CLI_ERROR_CODES}.
 *
 * @example
 * const code: CliErrorCode = 'CLI_CONFIRMATION_REQUIRED';
 */
export type CliErrorCode = (typeof CLI_ERROR_CODES)[number];

/** Exit codes: 2 for a command line that cannot run as typed, 1 for everything that failed while running. */
const USAGE_CODES: ReadonlySet<CliErrorCode> = new Set([
  'CLI_USAGE',
  'CLI_INVALID_OPTION',
  'CLI_CONFIG_INVALID',
  'CLI_CONFIRMATION_REQUIRED',
]);

/**
 * A failure the user can act on, on the shared `BaseError`: a short message, and the fix (usually the command to
 * run next). The CLI prints `shortMessage` and `fix`.
 *
 * @example
 * throw new CliError('CLI_NOT_REGISTERED', 'hotkey 5F… is not registered on netuid 2', {
 *   fix: 'run `subnetkit subnets register --netuid 2`',
 * });
 */
export class CliError extends BaseError<CliErrorCode> {
  override readonly name = 'CliError';
  readonly fix: string | undefined;
  readonly exitCode: number;

  constructor(code: CliErrorCode, message: string, options: BaseErrorOptions & { fix?: string } = {}) {
    const { fix, ...rest } = options;
    super(code, message, rest);
    this.fix = fix;
    this.exitCode = USAGE_CODES.has(code) ? 2 : 1;
  }
}
