/**
 * Moving-average scores keyed by hotkey (SS58). Keying by hotkey rather than uid means a uid re-registered by a new
 * hotkey starts from 0, and a subnet that grows or shrinks never shifts anyone's score onto a neighbour.
 *
 * @example
 * const scores: ScoreTable = new Map([['5F…', 0.42]]);
 */
export type ScoreTable = ReadonlyMap<string, number>;

/**
 * One scored answer of a step: the hotkey that was queried and its score in [0, 1].
 *
 * @example
 * const observation: ScoreObservation = { hotkey: '5F…', score: 1 };
 */
export type ScoreObservation = { hotkey: string; score: number };

/**
 * Exponential moving average update: for every observed hotkey, `ema = alpha · score + (1 − alpha) · ema`, with an
 * unknown hotkey starting at 0. Hotkeys not observed this step keep their value (a sampled-out miner is not punished
 * for not being asked). Scores that are not finite, or outside [0, 1], count as 0. Pure: returns a new table.
 *
 * @example
 * const next = updateScores(new Map(), [{ hotkey: 'a', score: 1 }], 0.1); // Map { 'a' => 0.1 }
 */
export function updateScores(
  table: ScoreTable,
  observations: readonly ScoreObservation[],
  alpha: number,
): Map<string, number> {
  const next = new Map(table);
  for (const { hotkey, score } of observations) {
    const previous = next.get(hotkey) ?? 0;
    next.set(hotkey, alpha * sanitizeScore(score) + (1 - alpha) * previous);
  }
  return next;
}

/**
 * Keeps only the hotkeys still registered: a deregistered hotkey's score is dropped, so if the same hotkey registers
 * again later it starts from 0 like any newcomer. Pure.
 *
 * @example
 * const kept = retainRegistered(scores, new Set(metagraph.neurons.map((n) => n.hotkey)));
 */
export function retainRegistered(table: ScoreTable, registered: ReadonlySet<string>): Map<string, number> {
  const next = new Map<string, number>();
  for (const [hotkey, score] of table) if (registered.has(hotkey)) next.set(hotkey, score);
  return next;
}

/**
 * A score as the validator counts it: finite and in [0, 1], anything else 0.
 *
 * @example
 * sanitizeScore(Number.NaN); // 0
 */
export function sanitizeScore(score: unknown): number {
  // NaN and ±Infinity fail the range check.
  return typeof score === 'number' && score >= 0 && score <= 1 ? score : 0;
}
