/** The dashboard page's styles (served as `/dashboard.css`). */
export const DASHBOARD_CSS = `:root {
  color-scheme: light;
  --ink: #1f2933;
  --muted: #616e7c;
  --line: #d9e2ec;
  --accent: #2563eb;
  --panel: #f5f7fa;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: var(--ink);
}
body { margin: 0; }
header { display: flex; align-items: baseline; gap: 1.5rem; padding: 0.75rem 1.25rem; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.2rem; margin: 0; }
h2 { font-size: 1.05rem; margin: 0 0 0.5rem; }
h3 { font-size: 0.95rem; margin: 1.25rem 0 0.25rem; }
#status { margin: 0; color: var(--muted); font-variant-numeric: tabular-nums; }
#status.error { color: #b42318; }
main { display: grid; grid-template-columns: 13rem 1fr; gap: 1.25rem; padding: 1rem 1.25rem; }
nav { background: var(--panel); border-radius: 6px; padding: 0.75rem; align-self: start; }
#subnets { list-style: none; margin: 0; padding: 0; }
#subnets button { width: 100%; text-align: left; border: 0; background: none; padding: 0.35rem 0.5rem; border-radius: 4px; cursor: pointer; font: inherit; color: inherit; }
#subnets button:hover { background: #e4e7eb; }
#subnets button[aria-current="true"] { background: var(--accent); color: #fff; }
#subnets small { display: block; opacity: 0.8; }
#subnet-facts, .hint { color: var(--muted); margin: 0 0 0.5rem; }
.table-scroll { overflow-x: auto; max-height: 28rem; overflow-y: auto; border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { padding: 0.3rem 0.6rem; border-bottom: 1px solid var(--line); white-space: nowrap; }
th { position: sticky; top: 0; background: var(--panel); text-align: left; }
th button { border: 0; background: none; font: inherit; font-weight: 600; cursor: pointer; padding: 0; color: inherit; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
td.num { text-align: right; }
td.key { font-family: ui-monospace, monospace; }
#charts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.75rem; max-width: 60rem; }
figure.chart { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem; }
figcaption { font-weight: 600; margin-bottom: 0.25rem; }
figure.chart svg { width: 100%; height: auto; display: block; }
svg text { font-size: 10px; fill: var(--muted); }
svg .axis { stroke: #9aa5b1; stroke-width: 1; }
svg .series { fill: none; stroke-width: 1.8; }
#legend { list-style: none; display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; padding: 0; margin: 0.5rem 0 0; color: var(--muted); }
#legend span { display: inline-block; width: 0.8rem; height: 0.8rem; border-radius: 2px; margin-right: 0.3rem; vertical-align: -1px; }
#weights { display: block; max-width: 100%; }
#weights rect.cell { stroke: #fff; stroke-width: 1; }
`;
