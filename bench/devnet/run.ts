/**
 * Devnet benchmarks: cold start, signed transfers accepted/included per second from 4 clients,
 * state_getStorage round trips per second on one connection, idle memory.
 * Run from the repo root: node --conditions=source --import tsx bench/devnet/run.ts
 * Prints a table and writes bench/results/devnet.json. CHILD_NODE_ARGS adds node flags to the devnet
 * process (e.g. `--cpu-prof`); TRANSFERS sets the transfers per client (default 2,500).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApiPromise } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { startDevnet } from '@subnetkit/chain';
import WebSocket from 'ws';
import { wsProvider } from '../../test/support/ws-provider.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const child = fileURLToPath(new URL('./devnet-child.ts', import.meta.url));
const echoChild = fileURLToPath(new URL('./echo-child.ts', import.meta.url));
const TRANSFERS_PER_CLIENT = Number(process.env.TRANSFERS ?? 2500);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function spawnChild(
  mode: string,
  script = child,
): Promise<{ proc: ChildProcess; url: string; startMs: number; lines: string[] }> {
  const t0 = performance.now();
  const proc = spawn(
    process.execPath,
    [
      ...(process.env.CHILD_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '--conditions=source',
      '--import',
      'tsx',
      script,
      mode,
    ],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    let buf = '';
    proc.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const parts = buf.split('\n');
      buf = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        const m = /^devnet ready (\S+)/.exec(line);
        if (m) resolve({ proc, url: m[1]!, startMs: performance.now() - t0, lines });
      }
    });
    proc.on('exit', (code) => reject(new Error(`child exited ${code}`)));
  });
}

class Client {
  private ws!: WebSocket;
  private nextId = 1;
  private readonly pending = new Map<number, (msg: { result?: unknown; error?: unknown }) => void>();
  static async open(url: string): Promise<Client> {
    const c = new Client();
    c.ws = new WebSocket(url);
    await new Promise((r, j) => {
      c.ws.once('open', r);
      c.ws.once('error', j);
    });
    c.ws.on('message', (d) => {
      const msg = JSON.parse(d.toString());
      if (typeof msg.id === 'number') {
        c.pending.get(msg.id)?.(msg);
        c.pending.delete(msg.id);
      }
    });
    return c;
  }
  call(method: string, params: unknown[]): Promise<{ result?: unknown; error?: unknown }> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.ws.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    });
  }
  close(): void {
    this.ws.close();
  }
}

async function coldStartInProcess(): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const d = await startDevnet({ port: 0, mode: 'manual' });
    times.push(performance.now() - t0);
    await d.close();
  }
  return median(times);
}

async function transfers(url: string): Promise<{ accepted: number; included: number; total: number }> {
  const api = await ApiPromise.create({ provider: wsProvider(url), noInitWarn: true });
  const keyring = new Keyring({ type: 'sr25519' });
  const senders = ['//Alice', '//Bob', '//Charlie', '//Dave'].map((u) => keyring.addFromUri(u));
  const dest = keyring.addFromUri('//Eve').address;
  const batches: string[][] = [];
  for (const pair of senders) {
    const nonce0 = (await api.rpc.system.accountNextIndex(pair.address)).toNumber();
    const batch: string[] = [];
    for (let i = 0; i < TRANSFERS_PER_CLIENT; i++) {
      const tx = api.tx.balances.transferKeepAlive(dest, 1_000_000n + BigInt(i));
      const payload = api.createType('ExtrinsicPayload', {
        method: tx.method.toHex(),
        era: '0x00',
        nonce: nonce0 + i,
        tip: 0,
        specVersion: api.runtimeVersion.specVersion,
        transactionVersion: api.runtimeVersion.transactionVersion,
        genesisHash: api.genesisHash,
        blockHash: api.genesisHash,
        version: 4,
      });
      tx.addSignature(pair.address, payload.sign(pair).signature, payload.toU8a());
      batch.push(tx.toHex());
    }
    batches.push(batch);
  }
  const startBlock = (await api.rpc.chain.getHeader()).number.toNumber();
  const clients = await Promise.all(senders.map(() => Client.open(url)));
  const t0 = performance.now();
  const errors: unknown[] = [];
  await Promise.all(
    clients.map(async (c, k) => {
      const window = 256;
      const batch = batches[k]!;
      let next = 0;
      const worker = async () => {
        while (next < batch.length) {
          const res = await c.call('author_submitExtrinsic', [batch[next++]]);
          if (res.error) errors.push(res.error);
        }
      };
      await Promise.all(Array.from({ length: window }, worker));
    }),
  );
  const accepted = performance.now() - t0;
  if (errors.length > 0)
    throw new Error(`${errors.length} submissions failed, first: ${JSON.stringify(errors[0])}`);
  const total = TRANSFERS_PER_CLIENT * senders.length;
  for (;;) {
    const counts = await Promise.all(senders.map((p) => api.query.system.account(p.address)));
    const done = counts.every((a: any) => a.nonce.toNumber() >= TRANSFERS_PER_CLIENT);
    if (done) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const included = performance.now() - t0;
  const endBlock = (await api.rpc.chain.getHeader()).number.toNumber();
  for (const c of clients) c.close();
  await api.disconnect();
  process.stderr.write(`transfers included over blocks ${startBlock + 1}..${endBlock}\n`);
  return { accepted: (total / accepted) * 1000, included: (total / included) * 1000, total };
}

async function storageRoundTrips(url: string): Promise<{ sequential: number; pipelined: number }> {
  const c = await Client.open(url);
  const key = '0x26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac';
  const n = 20_000;
  let t0 = performance.now();
  for (let i = 0; i < n; i++) await c.call('state_getStorage', [key]);
  const sequential = (n / (performance.now() - t0)) * 1000;
  t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 64 }, async () => {
      while (next++ < n * 2) await c.call('state_getStorage', [key]);
    }),
  );
  const pipelined = ((n * 2) / (performance.now() - t0)) * 1000;
  c.close();
  return { sequential, pipelined };
}

const inProcessStart = await coldStartInProcess();
const node = await spawnChild('interval');
await new Promise((r) => setTimeout(r, 3000));
node.proc.kill('SIGUSR2');
await new Promise((r) => setTimeout(r, 200));
const idleRss = Number(node.lines.find((l) => l.startsWith('rss '))?.slice(4) ?? Number.NaN);
const storage = await storageRoundTrips(node.url);
// The same loops against a server that does nothing but answer: the ceiling of Node WebSocket round
// trips on this machine, which the devnet's figures are read against.
const echo = await spawnChild('', echoChild);
const ceiling = await storageRoundTrips(echo.url);
echo.proc.kill('SIGTERM');
const tx = await transfers(node.url);
node.proc.kill('SIGTERM');

const rows: [string, string, string][] = [
  ['cold start, in-process startDevnet (median of 5)', `${inProcessStart.toFixed(0)} ms`, '—'],
  ['cold start, child process to "ready" (incl. tsx)', `${node.startMs.toFixed(0)} ms`, '—'],
  [`signed transfers accepted, 4 clients (${tx.total})`, `${tx.accepted.toFixed(0)} /s`, '≥ 2,000 /s'],
  ['signed transfers included (1 s blocks)', `${tx.included.toFixed(0)} /s`, '≥ 2,000 /s'],
  [
    'state_getStorage round trips, 1 connection, sequential',
    `${storage.sequential.toFixed(0)} /s`,
    '≥ 20,000 /s',
  ],
  [
    '  ceiling: bare WebSocket echo server, sequential',
    `${ceiling.sequential.toFixed(0)} /s`,
    `devnet at ${((storage.sequential / ceiling.sequential) * 100).toFixed(0)}%`,
  ],
  ['state_getStorage, 1 connection, 64 in flight', `${storage.pipelined.toFixed(0)} /s`, '≥ 20,000 /s'],
  [
    '  ceiling: bare WebSocket echo server, 64 in flight',
    `${ceiling.pipelined.toFixed(0)} /s`,
    `devnet at ${((storage.pipelined / ceiling.pipelined) * 100).toFixed(0)}%`,
  ],
  ['idle RSS after 3 s (child process)', `${(idleRss / 1024 / 1024).toFixed(0)} MiB`, '—'],
];
const width = Math.max(...rows.map((r) => r[0].length));
process.stdout.write(`${'metric'.padEnd(width)}  value         target\n`);
for (const [m, v, t] of rows) process.stdout.write(`${m.padEnd(width)}  ${v.padEnd(12)}  ${t}\n`);
mkdirSync(new URL('../results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('../results/devnet.json', import.meta.url),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      inProcessStartMs: inProcessStart,
      childStartMs: node.startMs,
      transfers: tx,
      storage,
      echoCeiling: ceiling,
      idleRssBytes: idleRss,
    },
    null,
    2,
  ),
);
process.exit(0);
