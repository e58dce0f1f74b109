import { describe, expect, it } from 'vitest';
import { lineChartSvg } from './line-chart-svg.js';

const chart = (n: number) =>
  lineChartSvg({
    title: 'emission share',
    xLabel: 'epoch',
    yLabel: 'share',
    series: Array.from({ length: n }, (_, k) => ({ label: `series ${k}`, values: [k, k + 1] })),
  });

describe('lineChartSvg', () => {
  it('default: ten series get ten colours and no dashes', () => {
    const strokes = [...chart(10).matchAll(/<path d="[^"]*" fill="none" (stroke="[^"]*")/g)].map((m) => m[1]);
    expect(new Set(strokes).size).toBe(10);
    expect(chart(10)).not.toContain('stroke-dasharray');
  });

  it('behavior: past ten series no two lines share colour and dash, in the plot and the legend', () => {
    const svg = chart(25);
    const lines = [
      ...svg.matchAll(/<path d="[^"]*" fill="none" (stroke="[^"]*"(?: stroke-dasharray="[^"]*")?)/g),
    ];
    expect(new Set(lines.map((m) => m[1])).size).toBe(25);
    const legend = [
      ...svg.matchAll(
        /<line x1="[^"]*" x2="[^"]*" y1="[^"]*" y2="[^"]*" (stroke="[^"]*"(?: stroke-dasharray="[^"]*")?) stroke-width="2.5"/g,
      ),
    ];
    expect(legend.map((m) => m[1])).toEqual(lines.map((m) => m[1]));
  });
});
