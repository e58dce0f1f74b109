/**
 * Index of the largest value (the first one on ties): a classifier's predicted class.
 *
 * @example
 * argmax([0.1, 0.7, 0.2]); // 1
 */
export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}
