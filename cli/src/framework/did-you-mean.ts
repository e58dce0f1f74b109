import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate a mistyped name most likely meant: the closest by edit distance, when at most a third of the
 * name's length (at least 1, at most 3 edits) apart; undefined when nothing is that close.
 *
 * @example
 * didYouMean('tempoo', ['tempo', 'rho']); // 'tempo'
 * didYouMean('xyz', ['tempo', 'rho']); // undefined
 */
export function didYouMean(name: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(name, [...candidates]);
  const allowed = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  return distance(name, best) <= allowed ? best : undefined;
}
