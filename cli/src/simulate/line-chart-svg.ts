/**
 * A standalone SVG line chart: a few series over epochs, with axes, grid and a legend. No dependencies. Past ten
 * series the colours repeat with a dash pattern, so every line (and its legend entry) stays distinguishable.
 */

/** One line of the chart. */
export interface ChartSeries {
  readonly label: string;
  readonly values: readonly number[];
}

/** What {@link lineChartSvg} draws. */
export interface LineChartOptions {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: readonly ChartSeries[];
}

const PALETTE = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#ff7f0e',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
];

/** Dash patterns for each further round of the palette, so no two of up to 40 series look the same. */
const DASHES = ['', '7 4', '2 3', '9 3 2 3'];

/** Stroke attributes of series `k`: the palette's colour, with a dash pattern once the colours have all been used. */
function strokeOf(k: number): string {
  const dash = DASHES[Math.floor(k / PALETTE.length) % DASHES.length];
  return `stroke="${PALETTE[k % PALETTE.length]}"${dash === '' ? '' : ` stroke-dasharray="${dash}"`}`;
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fmt = (x: number): string => (Math.round(x * 10) / 10).toString();

/**
 * Renders a line chart as an SVG document (the y axis starts at 0).
 *
 * @example
 * ```ts
 * const svg = lineChartSvg({ title: 'Emission share', xLabel: 'epoch', yLabel: 'share', series: [{ label: 'honest', values: [0.4, 0.5] }] });
 * ```
 */
export function lineChartSvg(options: LineChartOptions): string {
  const width = 720;
  const height = 360;
  const left = 56;
  const right = 150;
  const top = 36;
  const bottom = 44;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const points = Math.max(2, ...options.series.map((s) => s.values.length));
  const maxY = Math.max(1e-9, ...options.series.flatMap((s) => s.values));
  const niceMax = Math.ceil(maxY * 10) / 10;
  const x = (i: number): number => left + (i / (points - 1)) * plotW;
  const y = (v: number): number => top + plotH - (v / niceMax) * plotH;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${left}" y="20" font-size="14" font-weight="bold">${escapeXml(options.title)}</text>`,
  ];
  for (let k = 0; k <= 5; k++) {
    const v = (niceMax * k) / 5;
    parts.push(
      `<line x1="${left}" x2="${left + plotW}" y1="${fmt(y(v))}" y2="${fmt(y(v))}" stroke="#e5e5e5"/>`,
      `<text x="${left - 6}" y="${fmt(y(v) + 4)}" text-anchor="end">${Math.round(v * 1000) / 1000}</text>`,
    );
  }
  const step = Math.max(1, Math.ceil((points - 1) / 10));
  for (let i = 0; i < points; i += step)
    parts.push(`<text x="${fmt(x(i))}" y="${top + plotH + 16}" text-anchor="middle">${i}</text>`);
  parts.push(
    `<line x1="${left}" x2="${left}" y1="${top}" y2="${top + plotH}" stroke="#333"/>`,
    `<line x1="${left}" x2="${left + plotW}" y1="${top + plotH}" y2="${top + plotH}" stroke="#333"/>`,
    `<text x="${left + plotW / 2}" y="${height - 8}" text-anchor="middle">${escapeXml(options.xLabel)}</text>`,
    `<text transform="translate(14 ${top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeXml(options.yLabel)}</text>`,
  );
  options.series.forEach((s, k) => {
    const stroke = strokeOf(k);
    const path = s.values.map((v, i) => `${i === 0 ? 'M' : 'L'}${fmt(x(i))},${fmt(y(v))}`).join(' ');
    const ly = top + 6 + k * 16;
    parts.push(
      `<path d="${path}" fill="none" ${stroke} stroke-width="1.8"/>`,
      `<line x1="${left + plotW + 12}" x2="${left + plotW + 30}" y1="${ly}" y2="${ly}" ${stroke} stroke-width="2.5"/>`,
      `<text x="${left + plotW + 36}" y="${ly + 4}">${escapeXml(s.label)}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
