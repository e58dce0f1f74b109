import { readFileSync } from 'node:fs';
import { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { ISubmittableResult } from '@polkadot/types/types';
import { type Devnet, type DevnetOptions, startDevnet } from '@subnetkit/chain';
import WebSocket from 'ws';
import { wsProvider } from '../support/ws-provider.js';

/** The fields of `System.Account` the tests read (@polkadot/api has no augmentation for this chain). */
export interface AccountView {
  nonce: { toNumber(): number };
  providers: { toNumber(): number };
  data: { free: { toBigInt(): bigint } };
}

/** Reads `System.Account` of an address (optionally through `api.at(hash)`). */
export async function accountOf(api: Pick<ApiPromise, 'query'>, address: string): Promise<AccountView> {
  return (await api.query.system.account(address)) as unknown as AccountView;
}

/** A numeric storage value (`u64`, `u128` …). */
export interface NumberView {
  toBigInt(): bigint;
  toNumber(): number;
}

/** A devnet on a free port and an unmodified @polkadot/api connected to it. */
export async function startWithApi(
  options: DevnetOptions = {},
): Promise<{ devnet: Devnet; api: ApiPromise }> {
  const devnet = await startDevnet({ port: 0, mode: 'instant', ...options });
  const api = await ApiPromise.create({
    provider: wsProvider(devnet.url),
    throwOnConnect: true,
    noInitWarn: true,
  });
  return { devnet, api };
}

/** What a watched transaction went through. */
export interface Watched {
  statuses: string[];
  events: string[];
  result: ISubmittableResult;
}

/** signAndSend with a callback; resolves at Finalized (or Invalid/Dropped/Usurped). */
export function watch(
  tx: SubmittableExtrinsic<'promise'>,
  signer: KeyringPair,
  options: Record<string, unknown> = {},
): Promise<Watched> {
  const statuses: string[] = [];
  return new Promise((resolve, reject) => {
    tx.signAndSend(signer, options, (result) => {
      statuses.push(result.status.type);
      if (result.status.isFinalized || result.isError) {
        resolve({
          statuses,
          events: result.events.map((e) => `${e.event.section}.${e.event.method}`),
          result,
        });
      }
    }).catch(reject);
  });
}

/** A raw WebSocket client for sending arbitrary frames. */
export class RawClient {
  private readonly ws: WebSocket;
  private readonly queue: unknown[] = [];
  private readonly waiters: ((v: unknown) => void)[] = [];
  readonly closed: Promise<number>;

  private constructor(ws: WebSocket) {
    this.ws = ws;
    ws.on('message', (data) => {
      const msg = JSON.parse(data.toString());
      const w = this.waiters.shift();
      if (w) w(msg);
      else this.queue.push(msg);
    });
    this.closed = new Promise((resolve) => ws.on('close', (code) => resolve(code)));
  }

  static async connect(url: string): Promise<RawClient> {
    const ws = new WebSocket(url, { maxPayload: 64 * 1024 * 1024 });
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    return new RawClient(ws);
  }

  send(frame: string | Buffer): void {
    this.ws.send(frame);
  }

  next(): Promise<any> {
    const m = this.queue.shift();
    if (m !== undefined) return Promise.resolve(m);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  async call(method: string, params: unknown[] = [], id = 1): Promise<any> {
    this.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    return this.next();
  }

  close(): void {
    this.ws.close();
  }
}

export { type DevnetProcess, root, runCli, spawnDevnet } from '../support/devnet-process.js';

/** Resident memory of a process in MiB (`VmRSS` in /proc/<pid>/status). */
export function rssMiB(pid: number): number {
  const m = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (m === null) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(m[1]) / 1024;
}
