/**
 * Metagraph sync benchmark: a 4,096-uid subnet on the devnet (every uid with stake, scores, an axon; 256
 * validators with full 4,096-entry weight and bond rows), written with `dev_setStorage` from the pallet's own
 * storage items. Times `getMetagraph` (one `SubnetInfoRuntimeApi_get_metagraph` state call + one storage query)
 * over ≥ 20 calls, each at a fresh block so no cache answers, against the same runtime call decoded by
 * @polkadot/types' generic codec (`api.call.subnetInfoRuntimeApi.getMetagraph`), and splits the time into the
 * node's answer (raw state_call) and the client's decode. Target: median < 200 ms.
 * Run from the repo root: node --conditions=source --import tsx bench/metagraph/run.ts
 * Prints a table and writes bench/results/metagraph.json. N, VALIDATORS and RUNS override the sizes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ApiPromise } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { startDevnet } from '@subnetkit/chain';
import { cryptoReady, decodeMetagraph, getMetagraph } from '@subnetkit/sdk';
import { encode } from '../../chain/src/frame/scale/codec.js';
import type { StorageItem } from '../../chain/src/frame/storage-item.js';
import * as S from '../../chain/src/pallets/subtensor/storage.js';
import { wsProvider } from '../../test/support/ws-provider.js';
import { formatTable } from '../yuma/format-table.js';

const N = Number(process.env.N ?? 4096);
const VALIDATORS = Number(process.env.VALIDATORS ?? 256);
const RUNS = Number(process.env.RUNS ?? 25);
const WEIGHT_RUNS = 5;
const TARGET_MS = 200;
const root = fileURLToPath(new URL('../..', import.meta.url));

await cryptoReady();
const devnet = await startDevnet({ port: 0, mode: 'manual', finalizeDelay: 0 });
const api = await ApiPromise.create({
  provider: wsProvider(devnet.url, 1_000, {}, 300_000),
  noInitWarn: true,
});
const provider = (
  api as unknown as { _rpcCore: { provider: { send(m: string, p: unknown[]): Promise<unknown> } } }
)._rpcCore.provider;
const keyring = new Keyring({ type: 'sr25519' });
const alice = keyring.addFromUri('//Alice');

// A subnet through the real calls (owner = uid 0), then bulk state.
await api.tx.subtensorModule.registerNetwork(keyring.addFromUri('//Alice_hk').address).signAndSend(alice);
await devnet.newBlock(1);
const netuid = 1;
const writes: [string, string][] = [];
const put = (item: StorageItem<never, unknown>, args: unknown[], value: unknown) =>
  writes.push([(item.key as (...a: unknown[]) => string)(...args), u8aToHex(encode(item.value, value))]);
const account = (tag: number, uid: number) => {
  const k = new Uint8Array(32);
  k[0] = tag;
  k[1] = uid & 0xff;
  k[2] = uid >> 8;
  return k;
};
const perUid = <T>(f: (uid: number) => T) => Array.from({ length: N }, (_, uid) => f(uid));
const head = (await api.rpc.chain.getHeader()).number.toNumber();
put(S.SubnetworkN, [netuid], N);
put(S.MaxAllowedUids, [netuid], N);
put(S.MaxAllowedValidators, [netuid], VALIDATORS);
for (let uid = 1; uid < N; uid++) {
  const hk = account(0xbe, uid);
  const cold = account(0xc0, uid % 64);
  put(S.Keys, [netuid, uid], hk);
  put(S.Uids, [netuid, hk], uid);
  put(S.Owner, [hk], cold);
  put(S.IsNetworkMember, [hk, netuid], true);
  put(S.BlockAtRegistration, [netuid, uid], BigInt(head));
  put(S.TotalHotkeyAlpha, [hk, netuid], BigInt(uid <= VALIDATORS ? 10_000 + uid : 1 + uid) * 1_000_000_000n);
  put(S.AlphaDividendsPerSubnet, [netuid, hk], BigInt(uid) * 1_000n);
  put(S.Axons, [netuid, hk], {
    block: BigInt(head),
    version: 9_001,
    ip: 0x0a000000n + BigInt(uid),
    port: 8_091,
    ip_type: 4,
    protocol: 4,
    placeholder1: 0,
    placeholder2: 0,
  });
}
put(
  S.LastUpdate,
  [netuid],
  perUid(() => BigInt(head)),
);
put(
  S.ValidatorPermit,
  [netuid],
  perUid((uid) => uid <= VALIDATORS),
);
put(
  S.Active,
  [netuid],
  perUid(() => true),
);
put(
  S.Emission,
  [netuid],
  perUid((uid) => BigInt(uid) * 123_456n),
);
for (const item of [S.Incentive, S.Dividends, S.Consensus, S.ValidatorTrust]) {
  put(
    item,
    [netuid],
    perUid((uid) => (uid * 16) % 65_536),
  );
}
let seed = 12345;
const rand = () => {
  seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
  return seed;
};
for (let v = 1; v <= VALIDATORS; v++) {
  put(
    S.Weights,
    [netuid, v],
    perUid((j) => [j, 1 + (rand() % 65_535)] as [number, number]),
  );
  put(
    S.Bonds,
    [netuid, v],
    perUid((j) => [j, rand() % 65_536] as [number, number]),
  );
}
const setupStart = performance.now();
// Batches of at most ~4 MB of hex, below the devnet's WebSocket frame limit.
for (let start = 0, end = 0, bytes = 0; end <= writes.length; end++) {
  if (end === writes.length || bytes + writes[end]![1].length > 4_000_000) {
    await provider.send('dev_setStorage', [writes.slice(start, end)]);
    start = end;
    bytes = 0;
  }
  if (end < writes.length) bytes += writes[end]![1].length;
}
const setupMs = performance.now() - setupStart;
const writeCount = writes.length;
writes.length = 0; // the devnet holds the state now; keep the bench's heap small

const client = { api };
const netuidArg = u8aToHex(api.createType('u16', netuid).toU8a());
/** Median ms of `fn` over `runs` calls, each after a new block (so every call reads a new block hash). */
async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    await devnet.newBlock(1);
    const start = performance.now();
    await fn();
    if (i >= 2) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  return times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
}
const bestHash = async () => (await api.rpc.chain.getBlockHash()).toHex();

console.error(`setup ${Math.round(setupMs)} ms for ${writeCount} writes`);
const firstStart = performance.now();
const snapshot = await getMetagraph(client, { netuid });
console.error(`first getMetagraph ${Math.round(performance.now() - firstStart)} ms`);
if (snapshot.n !== N || snapshot.axons[N - 1]!.port !== 8_091) throw new Error('bench subnet not as written');
const rawBytes = hexToU8a(
  await api.rpc.state.call.raw<string>('SubnetInfoRuntimeApi_get_metagraph', netuidArg, await bestHash()),
);

const getMs = await median(RUNS, () => getMetagraph(client, { netuid }));
const stateCallMs = await median(RUNS, async () =>
  api.rpc.state.call.raw('SubnetInfoRuntimeApi_get_metagraph', netuidArg, await bestHash()),
);
const genericMs = await median(RUNS, async () =>
  (await api.at(await bestHash())).call.subnetInfoRuntimeApi.getMetagraph(netuid),
);
const runtimeCallMs = await median(RUNS, async () =>
  devnet.runtime.callApi('SubnetInfoRuntimeApi_get_metagraph', hexToU8a(netuidArg), devnet.chain.stateAt()),
);
const decodeMs = await median(RUNS, async () => decodeMetagraph(rawBytes.subarray(1)));
const metagraphType = (api.call.subnetInfoRuntimeApi.getMetagraph as unknown as { meta: { type: string } })
  .meta.type;
const genericDecodeMs = await median(RUNS, async () => api.createType(metagraphType, rawBytes));
const withRowsMs = await median(WEIGHT_RUNS, () =>
  getMetagraph(client, { netuid, weights: true, bonds: true }),
);

const result = {
  n: N,
  validators: VALIDATORS,
  bytes: rawBytes.length,
  runs: RUNS,
  storageWrites: writeCount,
  setupMs: Math.round(setupMs),
  getMetagraphMedianMs: round(getMs),
  stateCallOnlyMedianMs: round(stateCallMs),
  devnetRuntimeCallMedianMs: round(runtimeCallMs),
  directDecodeMedianMs: round(decodeMs),
  genericCallMedianMs: round(genericMs),
  genericDecodeMedianMs: round(genericDecodeMs),
  genericOverDirectDecode: round(genericDecodeMs / decodeMs),
  withWeightsAndBondsMedianMs: round(withRowsMs),
  weightEntries: VALIDATORS * N,
  withinTarget: getMs < TARGET_MS,
  node: process.version,
  cpu: cpus()[0]?.model,
};
console.log(
  formatTable(
    ['measure', 'median ms'],
    [
      [`getMetagraph, ${N} uids (${(rawBytes.length / 1024).toFixed(0)} KiB answer)`, fmt(getMs)],
      ['  of which: raw state_call (node + transport)', fmt(stateCallMs)],
      ['  of which: the devnet runtime building the answer (in-process, no transport)', fmt(runtimeCallMs)],
      ['  of which: direct decode (decodeMetagraph)', fmt(decodeMs)],
      ['reference: api.call.subnetInfoRuntimeApi.getMetagraph (generic codec)', fmt(genericMs)],
      ['reference: generic decode of the same bytes (createType)', fmt(genericDecodeMs)],
      [`getMetagraph with weights + bonds (${VALIDATORS} full rows each)`, fmt(withRowsMs)],
    ],
  ),
);
console.log(
  `target < ${TARGET_MS} ms: ${result.withinTarget ? 'met' : 'NOT met'}; generic decode / direct decode = ${result.genericOverDirectDecode}×`,
);
console.log(JSON.stringify(result));
mkdirSync(`${root}bench/results`, { recursive: true });
writeFileSync(`${root}bench/results/metagraph.json`, `${JSON.stringify(result, null, 2)}\n`);
await api.disconnect();
await devnet.close();

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
function fmt(x: number): string {
  return x.toFixed(1);
}
