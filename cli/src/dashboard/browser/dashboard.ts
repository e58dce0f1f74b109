/**
 * The dashboard page's script, compiled for the browser by `cli/tsconfig.browser.json` and served as
 * `/dashboard.js` (an ES module). It polls the JSON endpoints and renders with DOM text nodes and SVG elements only —
 * no `innerHTML` — so chain-supplied strings (subnet names, symbols) always show as text.
 */
import type { HistoryView, SubnetsView } from '../build-dashboard-server.js';
import type { EpochSample } from '../epoch-history.js';
import type { MetagraphView, NeuronView, SubnetView, WeightsRowView } from '../metagraph-view.js';

type Metric = 'stake' | 'incentive' | 'dividends' | 'emission';

/** A metagraph table column: what its cells show, and how they sort (numbers largest first on a first click). */
type Column = {
  readonly key: keyof NeuronView;
  readonly label: string;
  readonly numeric?: boolean;
  readonly show: (n: NeuronView) => string;
  readonly title?: (n: NeuronView) => string;
  readonly className?: string;
};

const POLL_MS = 1500;
const SUBNETS_EVERY = 4; // polls between subnet-list refreshes
const SVG_NS = 'http://www.w3.org/2000/svg';
const METRICS: readonly Metric[] = ['stake', 'incentive', 'dividends', 'emission'];

const COLUMNS: readonly Column[] = [
  { key: 'uid', label: 'uid', numeric: true, show: (n) => String(n.uid) },
  {
    key: 'hotkey',
    label: 'hotkey',
    show: (n) => shortKey(n.hotkey),
    title: (n) => n.hotkey,
    className: 'key',
  },
  {
    key: 'coldkey',
    label: 'coldkey',
    show: (n) => shortKey(n.coldkey),
    title: (n) => n.coldkey,
    className: 'key',
  },
  { key: 'stake', label: 'stake', numeric: true, show: (n) => formatAmount(n.stake) },
  { key: 'incentive', label: 'incentive', numeric: true, show: (n) => n.incentive.toFixed(4) },
  { key: 'dividends', label: 'dividends', numeric: true, show: (n) => n.dividends.toFixed(4) },
  { key: 'consensus', label: 'consensus', numeric: true, show: (n) => n.consensus.toFixed(4) },
  { key: 'trust', label: 'trust', numeric: true, show: (n) => n.trust.toFixed(4) },
  { key: 'emission', label: 'emission', numeric: true, show: (n) => formatAmount(n.emission) },
  { key: 'permit', label: 'permit', numeric: true, show: (n) => (n.permit ? 'yes' : '') },
  { key: 'active', label: 'active', numeric: true, show: (n) => (n.active ? 'yes' : '') },
  { key: 'axon', label: 'axon', show: (n) => n.axon || '–' },
];

const state: {
  netuid: number | null;
  subnets: SubnetView[];
  defaultNetuid: number | null;
  metagraph: MetagraphView | null;
  history: HistoryView | null;
  sort: { key: keyof NeuronView; direction: number };
  polls: number;
} = {
  netuid: null,
  subnets: [],
  defaultNetuid: null,
  metagraph: null,
  history: null,
  sort: { key: 'uid', direction: 1 },
  polls: 0,
};

function shortKey(key: string): string {
  return key.length > 12 ? `${key.slice(0, 5)}…${key.slice(-4)}` : key;
}

function formatAmount(value: number): string {
  if (value === 0) return '0';
  if (Math.abs(value) >= 1000) return value.toLocaleString('en-US', { maximumFractionDigits: 1 });
  return value.toPrecision(4);
}

/** The page's element matching `selector`; the page is static, so a missing one is a bug in it. */
function find<T extends Element>(selector: string): T {
  const node = document.querySelector<T>(selector);
  if (node === null) throw new Error(`the page has no ${selector}`);
  return node;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  children: readonly (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, properties);
  node.append(...children);
  return node;
}

function svgEl(tag: string, attributes: Record<string, string | number> = {}, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

// Ten distinct colours (Tableau 10), then the same hues darker for the next ten, and so on.
const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

function colour(uid: number): string {
  const base = PALETTE[uid % PALETTE.length];
  const round = Math.floor(uid / PALETTE.length) % 4;
  return round === 0 ? base : `color-mix(in srgb, ${base} ${100 - round * 20}%, black)`;
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { cache: 'no-store' });
  const body: unknown = await response.json();
  if (!response.ok) throw new Error((body as { message?: string }).message || response.statusText);
  return body as T;
}

function setStatus(text: string, isError = false): void {
  const status = find<HTMLElement>('#status');
  status.textContent = text;
  status.classList.toggle('error', isError);
}

function netuidFromHash(): number | null {
  const match = /netuid=(\d+)/.exec(location.hash);
  return match === null ? null : Number(match[1]);
}

function renderSubnets(): void {
  find<HTMLUListElement>('#subnets').replaceChildren(
    ...state.subnets.map((subnet) => {
      const button = el('button', { type: 'button' }, [
        `${subnet.netuid} ${subnet.symbol} ${subnet.name}`,
        el('small', { textContent: `${subnet.n}/${subnet.maxUids} neurons · tempo ${subnet.tempo}` }),
      ]);
      button.dataset.netuid = String(subnet.netuid);
      button.setAttribute('aria-current', String(subnet.netuid === state.netuid));
      button.addEventListener('click', () => select(subnet.netuid));
      return el('li', {}, [button]);
    }),
  );
}

function sortedNeurons(neurons: readonly NeuronView[]): NeuronView[] {
  const { key, direction } = state.sort;
  const value = (n: NeuronView) => {
    const v = n[key];
    return typeof v === 'boolean' ? Number(v) : v === null ? '' : v;
  };
  return [...neurons].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return order * direction || a.uid - b.uid;
  });
}

function renderTableHead(): void {
  find<HTMLTableRowElement>('#metagraph thead tr').replaceChildren(
    ...COLUMNS.map((column) => {
      const button = el('button', { type: 'button', textContent: column.label });
      button.addEventListener('click', () => {
        const same = state.sort.key === column.key;
        // A first click sorts numbers largest first and text A→Z; a second click reverses.
        state.sort = { key: column.key, direction: same ? -state.sort.direction : column.numeric ? -1 : 1 };
        renderTableHead();
        renderTable();
      });
      const th = el('th', { scope: 'col' }, [button]);
      th.dataset.key = column.key;
      if (state.sort.key === column.key) {
        th.setAttribute('aria-sort', state.sort.direction === 1 ? 'ascending' : 'descending');
      }
      return th;
    }),
  );
}

function renderTable(): void {
  const neurons = state.metagraph ? sortedNeurons(state.metagraph.neurons) : [];
  find<HTMLTableSectionElement>('#metagraph tbody').replaceChildren(
    ...neurons.map((neuron) => {
      const tr = el(
        'tr',
        {},
        COLUMNS.map((column) => {
          const td = el('td', { textContent: column.show(neuron) });
          td.className = column.numeric ? 'num' : column.className || '';
          if (column.title) td.title = column.title(neuron);
          return td;
        }),
      );
      tr.dataset.uid = String(neuron.uid);
      return tr;
    }),
  );
}

function renderHeader(): void {
  const m = state.metagraph;
  const title = find<HTMLElement>('#subnet-title');
  const facts = find<HTMLElement>('#subnet-facts');
  if (!m) {
    title.textContent = 'Choose a subnet';
    facts.textContent = '';
    return;
  }
  const label = [m.name, m.symbol].filter((part) => part !== '').join(' · ');
  title.textContent = `Subnet ${m.netuid}${label === '' ? '' : ` — ${label}`}`;
  const next = Math.max(0, m.tempo - m.blocksSinceLastStep);
  facts.textContent = `${m.n} neurons · tempo ${m.tempo} · last epoch at block ${m.lastStep} · next in ~${next} blocks`;
}

const CHART = { width: 360, height: 170, left: 44, right: 10, top: 10, bottom: 22 };

function renderChart(figure: Element, metric: Metric, samples: readonly EpochSample[]): void {
  const svg = figure.querySelector('svg');
  if (svg === null) throw new Error(`the ${metric} chart has no svg`);
  svg.setAttribute('viewBox', `0 0 ${CHART.width} ${CHART.height}`);
  const plotW = CHART.width - CHART.left - CHART.right;
  const plotH = CHART.height - CHART.top - CHART.bottom;
  const uids = new Set<number>();
  let max = 0;
  for (const sample of samples) {
    sample[metric].forEach((value, uid) => {
      uids.add(uid);
      if (value > max) max = value;
    });
  }
  const yMax = max > 0 ? max : 1;
  const x = (i: number) =>
    CHART.left + (samples.length <= 1 ? plotW / 2 : (i * plotW) / (samples.length - 1));
  const y = (value: number) => CHART.top + plotH - (value / yMax) * plotH;
  const children = [
    svgEl('line', {
      class: 'axis',
      x1: CHART.left,
      y1: CHART.top + plotH,
      x2: CHART.left + plotW,
      y2: CHART.top + plotH,
    }),
    svgEl('line', { class: 'axis', x1: CHART.left, y1: CHART.top, x2: CHART.left, y2: CHART.top + plotH }),
    svgEl('text', { x: CHART.left - 4, y: CHART.top + 8, 'text-anchor': 'end' }, formatAmount(max)),
    svgEl('text', { x: CHART.left - 4, y: CHART.top + plotH, 'text-anchor': 'end' }, '0'),
  ];
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (first !== undefined && last !== undefined) {
    children.push(svgEl('text', { x: CHART.left, y: CHART.height - 6 }, `block ${first.lastStep}`));
    if (samples.length > 1) {
      children.push(
        svgEl(
          'text',
          { x: CHART.left + plotW, y: CHART.height - 6, 'text-anchor': 'end' },
          `block ${last.lastStep}`,
        ),
      );
    }
  }
  for (const uid of [...uids].sort((a, b) => a - b)) {
    const points: [x: number, y: number, value: number, step: number][] = [];
    samples.forEach((sample, i) => {
      const value = sample[metric][uid];
      if (value !== undefined) points.push([x(i), y(value), value, sample.lastStep]);
    });
    const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p[0].toFixed(1)} ${p[1].toFixed(1)}`).join(' ');
    const path = svgEl('path', {
      class: 'series',
      d,
      stroke: colour(uid),
      'data-uid': uid,
      'data-points': points.length,
    });
    path.append(svgEl('title', {}, `uid ${uid}`));
    children.push(path);
    for (const [px, py, value, step] of points) {
      const dot = svgEl('circle', { cx: px.toFixed(1), cy: py.toFixed(1), r: 2.2, fill: colour(uid) });
      dot.append(svgEl('title', {}, `uid ${uid} · epoch at block ${step} · ${formatAmount(value)}`));
      children.push(dot);
    }
  }
  svg.replaceChildren(...children);
  svg.setAttribute('aria-label', `${metric} per neuron over ${samples.length} epochs`);
}

function renderCharts(): void {
  const samples = state.history ? state.history.samples : [];
  for (const metric of METRICS) {
    renderChart(find(`figure.chart[data-metric="${metric}"]`), metric, samples);
  }
  const n = state.metagraph ? state.metagraph.n : 0;
  find<HTMLUListElement>('#legend').replaceChildren(
    ...Array.from({ length: n }, (_, uid) => {
      const swatch = el('span');
      swatch.style.background = colour(uid);
      return el('li', {}, [swatch, `uid ${uid}`]);
    }),
  );
}

function renderWeights(): void {
  const svg = find<SVGSVGElement>('#weights');
  const m = state.metagraph;
  if (!m) {
    svg.replaceChildren();
    return;
  }
  const rows = new Map<number, WeightsRowView>(m.weights.map((row) => [row.uid, row]));
  for (const neuron of m.neurons) {
    if (!neuron.permit || rows.has(neuron.uid)) continue;
    rows.set(neuron.uid, { uid: neuron.uid, targets: [], values: [] });
  }
  const validators = [...rows.values()].sort((a, b) => a.uid - b.uid);
  const cell = Math.max(6, Math.min(26, Math.floor(640 / Math.max(1, m.n))));
  const left = 56;
  const top = 28;
  const width = left + cell * m.n + 8;
  const height = top + cell * validators.length + 8;
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('aria-label', `weights of ${validators.length} validators over ${m.n} neurons`);
  const children = [svgEl('text', { x: left, y: 10 }, 'to uid →')];
  if (cell >= 14) {
    for (let uid = 0; uid < m.n; uid++) {
      children.push(
        svgEl('text', { x: left + uid * cell + cell / 2, y: top - 4, 'text-anchor': 'middle' }, String(uid)),
      );
    }
  }
  validators.forEach((row, r) => {
    const sum = row.values.reduce((a, b) => a + b, 0);
    const y = top + r * cell;
    children.push(
      svgEl('text', { x: left - 4, y: y + cell / 2 + 3, 'text-anchor': 'end' }, `uid ${row.uid}`),
    );
    const share = new Map(
      row.targets.map((target, k): [number, number] => [target, sum === 0 ? 0 : row.values[k] / sum]),
    );
    // Shade relative to the row's largest weight, so close weights still read apart.
    const largest = Math.max(0, ...share.values());
    for (let uid = 0; uid < m.n; uid++) {
      const value = share.get(uid) ?? 0;
      const rect = svgEl('rect', {
        class: 'cell',
        x: left + uid * cell,
        y,
        width: cell,
        height: cell,
        fill: value > 0 ? `rgba(37, 99, 235, ${(0.15 + 0.85 * (value / largest)).toFixed(3)})` : '#f0f4f8',
        'data-from': row.uid,
        'data-to': uid,
        'data-weight': value.toFixed(6),
      });
      rect.append(svgEl('title', {}, `uid ${row.uid} → uid ${uid}: ${value.toFixed(4)}`));
      children.push(rect);
    }
  });
  svg.replaceChildren(...children);
}

function renderSubnet(): void {
  renderHeader();
  renderTable();
  renderCharts();
  renderWeights();
}

async function refreshSubnets(): Promise<void> {
  const body = await getJson<SubnetsView>('/api/subnets');
  state.subnets = body.subnets;
  state.defaultNetuid = body.defaultNetuid;
  if (state.netuid === null && body.defaultNetuid !== null) state.netuid = body.defaultNetuid;
  renderSubnets();
}

async function refreshSubnet(): Promise<void> {
  if (state.netuid === null) return;
  const netuid = state.netuid;
  const [metagraph, history] = await Promise.all([
    getJson<MetagraphView>(`/api/subnets/${netuid}/metagraph`),
    getJson<HistoryView>(`/api/subnets/${netuid}/history`),
  ]);
  if (netuid !== state.netuid) return;
  state.metagraph = metagraph;
  state.history = history;
  renderSubnet();
  setStatus(`block ${metagraph.block} · updated ${new Date().toLocaleTimeString()}`);
}

function showFailure(error: unknown): void {
  setStatus(`update failed: ${(error as Error).message} (retrying)`, true);
}

async function poll(): Promise<void> {
  try {
    if (state.polls % SUBNETS_EVERY === 0) await refreshSubnets();
    await refreshSubnet();
  } catch (error) {
    showFailure(error);
  }
  state.polls++;
  setTimeout(poll, POLL_MS);
}

function select(netuid: number): void {
  if (netuid === state.netuid) return;
  state.netuid = netuid;
  state.metagraph = null;
  state.history = null;
  history.replaceState(null, '', `#netuid=${netuid}`);
  renderSubnets();
  renderSubnet();
  refreshSubnet().catch(showFailure);
}

state.netuid = netuidFromHash();
renderTableHead();
void poll();
