/**
 * The message of a thrown value, whatever was thrown.
 *
 * @example
 * errorMessage(new Error('reset')); // 'reset'
 * errorMessage('boom'); // 'boom'
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
