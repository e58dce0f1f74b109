/**
 * Options of {@link BaseError}.
 *
 * @example
 * const options: BaseErrorOptions = { details: 'wanted 4 bytes, have 2', cause: error };
 */
export type BaseErrorOptions = {
  /** What went wrong in detail (the values involved, the underlying reason); not part of `shortMessage`. */
  details?: string;
  /**
   * Where the code is explained, relative to the repository root.
   * @defaultValue `docs/errors.md#<code in lower case>`
   */
  docsPath?: string;
  /** The error that caused this one. */
  cause?: unknown;
};

/**
 * The one error class every subnetkit package builds on: a stable `code` (`CHAIN_…`, `SDK_…`, `AXON_…`,
 * `MINER_…`, `VALIDATOR_…`, `CLI_…`) to branch on, a `shortMessage` for people, optional `details`, a `docsPath`
 * pointing at the code's row in `docs/errors.md`, and the `cause`. `message` joins them for logs and stack traces;
 * servers send `shortMessage` and map `code` to their wire codes at the edge.
 *
 * Each package subclasses it once per layer (`ChainError`, `SdkError`, `MinerError`, `ValidatorError`,
 * `CliError`, …) with its own code union, so `error instanceof BaseError` catches any of them.
 *
 * @example
 * class WalletError extends BaseError<'SDK_WRONG_PASSWORD'> {
 *   override name = 'WalletError';
 * }
 * const error = new WalletError('SDK_WRONG_PASSWORD', 'Wrong password.', {
 *   details: 'the keyfile does not decrypt',
 * });
 * error.message;
 * // Wrong password.
 * //
 * // Details: the keyfile does not decrypt
 * // Docs: docs/errors.md#sdk_wrong_password
 */
export class BaseError<Code extends string = string> extends Error {
  override name = 'BaseError';
  /** The stable code; it never changes meaning. */
  readonly code: Code;
  /** The message without details or docs path, as servers send it. */
  readonly shortMessage: string;
  /** What went wrong in detail, when known. */
  readonly details: string | undefined;
  /** Where the code is explained, relative to the repository root. */
  readonly docsPath: string;

  constructor(code: Code, shortMessage: string, options: BaseErrorOptions = {}) {
    const docsPath = options.docsPath ?? `docs/errors.md#${code.toLowerCase()}`;
    const message = [
      shortMessage,
      '',
      ...(options.details === undefined ? [] : [`Details: ${options.details}`]),
      `Docs: ${docsPath}`,
    ].join('\n');
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.shortMessage = shortMessage;
    this.details = options.details;
    this.docsPath = docsPath;
  }

  /**
   * Follows the `cause` chain from this error: returns the first error `predicate` accepts (or `undefined`), or
   * without a predicate the innermost cause.
   *
   * @example
   * const refusal = error.walk((e) => e instanceof ChainCallError);
   * const root = error.walk();
   */
  walk(predicate?: (error: unknown) => boolean): unknown {
    const seen = new Set<unknown>();
    let current: unknown = this;
    while (!seen.has(current)) {
      if (predicate?.(current)) return current;
      seen.add(current);
      const next = current instanceof Error ? current.cause : undefined;
      if (next === undefined) break;
      current = next;
    }
    return predicate === undefined ? current : undefined;
  }
}
