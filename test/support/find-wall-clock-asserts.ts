/**
 * Finds assertions that compare elapsed wall-clock time with a number: the kind that passes on an idle machine and
 * flakes on a loaded one. Performance belongs in bench/; a test may keep a generous bound that is a correctness
 * property (a 2 s deadline is not exceeded 10 times over) when a `// correctness bound: <why>` comment says so
 * directly above it.
 */

/** One assertion that compares elapsed time with a number. */
export type WallClockAssert = { line: number; text: string };

const CLOCK = /performance\.now\(\)|Date\.now\(\)|process\.hrtime/;
/** Names that hold a duration: `elapsed`, `elapsedMs`, `durationMs`, `took`, `latencyMs`, … */
const DURATION_NAME = /\b\w*(?:elapsed|duration|took|latency)\w*\b/i;
/** `const x = <clock> - start` (or `let`, or a plain reassignment): x holds elapsed time. */
const TIMING_ASSIGNMENT =
  /(?:\b(?:const|let|var)\s+)?\b([A-Za-z_$][\w$]*)\s*=[^=>].*?(?:performance\.now\(\)|Date\.now\(\)|process\.hrtime)[^;]*-/;
/** `const t = <clock>;`: t is a clock reading, so `x - t` (or `t - x`) is elapsed time whatever x is. */
const CLOCK_READING =
  /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:performance\.now\(\)|Date\.now\(\)|process\.hrtime\.bigint\(\))\s*;/;
const COMPARISON_MATCHER =
  /^\s*\.\s*(?:not\s*\.\s*)?(toBeLessThan|toBeLessThanOrEqual|toBeGreaterThan|toBeGreaterThanOrEqual)\s*\(([^)]*)\)/;
const ALLOWED = /\/\/\s*correctness bound:/;

/** A bound that is a number: a digit or an ALL_CAPS constant, except a plain 0 (non-negativity is no timing). */
const isNumericBound = (bound: string) => bound.trim() !== '0' && /\d|\b[A-Z][A-Z0-9_]+\b/.test(bound);

/** The text of `expect(`'s argument starting at `open` (the index of its `(`) and the index after its `)`. */
function argumentAt(source: string, open: number): { argument: string; end: number } | undefined {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) return { argument: source.slice(open + 1, i), end: i + 1 };
  }
  return undefined;
}

/** Whether the lines directly above `line` (0-based), while they are comments, carry the allowing comment. */
function allowedAbove(lines: readonly string[], line: number): boolean {
  if (ALLOWED.test(lines[line]!)) return true;
  for (let i = line - 1; i >= 0 && /^\s*\/\//.test(lines[i]!); i--) if (ALLOWED.test(lines[i]!)) return true;
  return false;
}

/**
 * The assertions in `source` (a test file's text) that compare elapsed wall-clock time with a numeric bound and
 * are not marked as a correctness bound.
 *
 * @example
 * findWallClockAsserts('expect(performance.now() - started).toBeLessThan(1000);'); // [{ line: 1, text: … }]
 */
export function findWallClockAsserts(source: string): WallClockAssert[] {
  const lines = source.split('\n');
  const timing = new Set<string>();
  const readings = new Set<string>();
  for (const line of lines) {
    const match = TIMING_ASSIGNMENT.exec(line);
    if (match !== null && CLOCK.test(line)) timing.add(match[1]!);
    const reading = CLOCK_READING.exec(line);
    if (reading !== null) readings.add(reading[1]!);
  }
  const measuresTime = (text: string) =>
    CLOCK.test(text) ||
    DURATION_NAME.test(text) ||
    [...timing].some((name) => new RegExp(`\\b${name}\\b`).test(text)) ||
    [...readings].some((name) => new RegExp(`-\\s*${name}\\b|\\b${name}\\s*-`).test(text));
  const found: WallClockAssert[] = [];
  for (const match of source.matchAll(/\bexpect\s*\(/g)) {
    const open = match.index + match[0].length - 1;
    const call = argumentAt(source, open);
    if (call === undefined || !measuresTime(call.argument)) continue;
    const matcher = COMPARISON_MATCHER.exec(source.slice(call.end));
    const comparesInside = /[<>]=?\s*[\w.(]*\d/.test(call.argument.replace(/=>/g, ''));
    if (!(matcher !== null && isNumericBound(matcher[2]!)) && !comparesInside) continue;
    const line = source.slice(0, match.index).split('\n').length - 1;
    if (allowedAbove(lines, line)) continue;
    found.push({ line: line + 1, text: lines[line]!.trim() });
  }
  return found;
}
