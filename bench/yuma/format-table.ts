/**
 * Plain-text tables for bench output.
 */

/**
 * A Markdown table with columns padded to their widest cell, ready to print or paste into a PR.
 *
 * @example
 * ```ts
 * formatTable(['case', 'ms'], [['n256', '1.20']]);
 * // | case | ms   |
 * // | ---- | ---- |
 * // | n256 | 1.20 |
 * ```
 */
export function formatTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
