/**
 * `@subnetkit/errors`: the error model shared by every subnetkit package. No runtime dependencies, so the chain
 * and the SDK can both build on it without depending on each other.
 *
 * @example
 * import { BaseError } from '@subnetkit/errors';
 * if (error instanceof BaseError) console.error(error.code, error.shortMessage, error.docsPath);
 */
export { BaseError, type BaseErrorOptions } from './base-error.js';
export { shortMessageOf } from './short-message-of.js';
