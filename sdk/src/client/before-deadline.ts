import type { SdkError } from '../errors/sdk-error.js';

/**
 * Settles like `promise`, or rejects with `onDeadline()` at `until` (epoch ms), whichever comes first; the timer
 * never outlives the call.
 *
 * @example
 * await beforeDeadline(tx.signAsync(address, options), until, () => new SdkError('SDK_DEADLINE_EXCEEDED', 'late'));
 */
export async function beforeDeadline<T>(
  promise: Promise<T>,
  until: number,
  onDeadline: () => SdkError,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onDeadline()), Math.max(0, until - Date.now()));
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
