import { BaseError } from '@subnetkit/errors';

/**
 * The dashboard's HTTP error codes and their statuses. Every error answer is `{ code, message }`.
 *
 * @example
 * DASHBOARD_ERRORS.CLI_DASHBOARD_SUBNET_NOT_FOUND; // 404
 */
export const DASHBOARD_ERRORS = {
  /** The path names a netuid the chain does not have (or one that is not a u16). */
  CLI_DASHBOARD_SUBNET_NOT_FOUND: 404,
  /** No such page or endpoint. */
  CLI_DASHBOARD_NOT_FOUND: 404,
  /** The chain did not answer (connection lost, deadline passed); the next poll retries. */
  CLI_DASHBOARD_CHAIN_UNAVAILABLE: 503,
} as const;

/**
 * One of {@link DASHBOARD_ERRORS}' codes.
 *
 * @example
 * const code: DashboardErrorCode = 'CLI_DASHBOARD_NOT_FOUND';
 */
export type DashboardErrorCode = keyof typeof DASHBOARD_ERRORS;

/**
 * A failure the dashboard answers with `DASHBOARD_ERRORS[code]` and `{ code, message: shortMessage }`.
 *
 * @example
 * throw new DashboardError('CLI_DASHBOARD_SUBNET_NOT_FOUND', 'no subnet 42 on this chain');
 */
export class DashboardError extends BaseError<DashboardErrorCode> {
  override readonly name = 'DashboardError';
  readonly statusCode: number;

  constructor(code: DashboardErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(code, message, options);
    this.statusCode = DASHBOARD_ERRORS[code];
  }
}
