/**
 * Subtensor epoch benchmark: a 4,096-uid subnet with 256 validators that each hold a full 4,096-entry
 * weight row. The state is written with `dev_setStorage` (keys and encodings from the pallet's own
 * storage items), then blocks are built in manual mode and timed: ordinary blocks and the epoch block,
 * whose `on_initialize` reads ~1M weights, runs the Yuma epoch, persists the outputs and pays 4,096 uids.
 * The acceptance bar: the epoch block is built within 1 s of its slot.
 * Run from the repo root: node --conditions=source --import tsx bench/subtensor/run.ts
 * Prints a table and writes bench/results/subtensor.json. N and VALIDATORS override the sizes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { startDevnet } from '@subnetkit/chain';
import { epoch } from '@subnetkit/chain/yuma';
import { readEpochInput } from '../../chain/src/pallets/subtensor/epoch.js';
import * as S from '../../chain/src/pallets/subtensor/storage.js';
import { encode } from '../../chain/src/runtime/scale/codec.js';
import type { StorageItem } from '../../chain/src/runtime/storage-item.js';

const N = Number(process.env.N ?? 4096);
const VALIDATORS = Number(process.env.VALIDATORS ?? 256);
const TEMPO = 360;
const root = fileURLToPath(new URL('../..', import.meta.url));

const devnet = await startDevnet({ port: 0, mode: 'manual', finalizeDelay: 0 });
const api = await ApiPromise.create({ provider: new WsProvider(devnet.url), noInitWarn: true });
const provider = (
  api as unknown as { _rpcCore: { provider: { send(m: string, p: unknown[]): Promise<unknown> } } }
)._rpcCore.provider;
const keyring = new Keyring({ type: 'sr25519' });
const alice = keyring.addFromUri('//Alice');
const ownerHot = keyring.addFromUri('//Alice_hk');

async function submit(
  tx:
    | Parameters<ApiPromise['tx']['sudo']['sudo']>[0]
    | ReturnType<ApiPromise['tx']['subtensorModule']['registerNetwork']>,
) {
  await (tx as { signAndSend(p: unknown): Promise<unknown> }).signAndSend(alice);
  await devnet.newBlock(1);
}

// Past the first tempo, so the epoch can be placed anywhere; then a subnet through the real calls (owner = uid 0).
await devnet.newBlock(TEMPO + 10);
await submit(api.tx.subtensorModule.registerNetwork(ownerHot.address));
const netuid = 1;
await submit(api.tx.subtensorModule.startCall(netuid));

// Bulk state: neurons, stake, permits, activity and full weight rows.
const writes: [string, string][] = [];
const put = (item: StorageItem<never, unknown>, args: unknown[], value: unknown) =>
  writes.push([(item.key as (...a: unknown[]) => string)(...args), u8aToHex(encode(item.value, value))]);
const hotkey = (uid: number) => {
  const k = new Uint8Array(32);
  k[0] = 0xbe;
  k[1] = uid & 0xff;
  k[2] = uid >> 8;
  return k;
};
const cold = new Uint8Array(32).fill(0xc0);
const head = (await api.rpc.chain.getHeader()).number.toNumber();
put(S.SubnetworkN, [netuid], N);
put(S.MaxAllowedUids, [netuid], N);
put(S.MaxAllowedValidators, [netuid], VALIDATORS);
put(S.CommitRevealWeightsEnabled, [netuid], false);
put(S.Tempo, [netuid], TEMPO);
for (let uid = 1; uid < N; uid++) {
  const hk = hotkey(uid);
  put(S.Keys, [netuid, uid], hk);
  put(S.Uids, [netuid, hk], uid);
  put(S.Owner, [hk], cold);
  put(S.IsNetworkMember, [hk, netuid], true);
  put(S.BlockAtRegistration, [netuid, uid], 1n);
  if (uid <= VALIDATORS) {
    put(S.TotalHotkeyAlpha, [hk, netuid], BigInt(1000 + uid) * 1_000_000_000n);
    put(S.TotalHotkeyShares, [hk, netuid], { bits: (BigInt(1000 + uid) * 1_000_000_000n) << 64n });
    put(S.Alpha, [hk, cold, netuid], { bits: (BigInt(1000 + uid) * 1_000_000_000n) << 64n });
  }
}
const lastUpdate = Array.from({ length: N }, () => BigInt(head));
put(S.LastUpdate, [netuid], lastUpdate);
put(
  S.ValidatorPermit,
  [netuid],
  Array.from({ length: N }, (_, uid) => uid <= VALIDATORS),
);
put(
  S.Active,
  [netuid],
  Array.from({ length: N }, () => true),
);
put(
  S.Emission,
  [netuid],
  Array.from({ length: N }, () => 0n),
);
let seed = 12345;
const rand = () => {
  seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
  return seed;
};
for (let v = 1; v <= VALIDATORS; v++) {
  const row = Array.from({ length: N }, (_, j) => [j, 1 + (rand() % 65_535)] as [number, number]);
  row[0]![1] = 65_535;
  put(S.Weights, [netuid, v], row);
}
const t0 = performance.now();
for (let i = 0; i < writes.length; i += 4000)
  await provider.send('dev_setStorage', [writes.slice(i, i + 4000)]);
const setupMs = performance.now() - t0;

// Warm-up: the first epoch fires in the first block after this write (its bonds start empty).
const now = (await api.rpc.chain.getHeader()).number.toNumber();
await provider.send('dev_setStorage', [
  [[S.LastEpochBlock.key(netuid), u8aToHex(encode(S.LastEpochBlock.value, BigInt(now + 2 - TEMPO)))]],
]);

const timeBlock = async () => {
  const t = performance.now();
  await devnet.newBlock(1);
  return performance.now() - t;
};
const firstEpochMs = await timeBlock();
const ordinary: number[] = [];
for (let i = 0; i < 3; i++) ordinary.push(await timeBlock());
// `dev_setStorage` builds a block itself, so the epoch placed here fires in the block after it.
await provider.send('dev_setStorage', [
  [
    [
      S.LastEpochBlock.key(netuid),
      u8aToHex(
        encode(
          S.LastEpochBlock.value,
          BigInt((await api.rpc.chain.getHeader()).number.toNumber() + 1 - TEMPO),
        ),
      ),
    ],
  ],
]);
const epochsBefore = (await api.query.subtensorModule.subnetEpochIndex(netuid)).toString();
const state = devnet.chain.stateAt();
const input = readEpochInput(
  state,
  netuid,
  BigInt((await api.rpc.chain.getHeader()).number.toNumber() + 1),
  1_000_000_000n,
);
const te = performance.now();
const out = epoch(input);
const pureEpochMs = performance.now() - te;
const epochBlockMs = await timeBlock();
const epochsAfter = (await api.query.subtensorModule.subnetEpochIndex(netuid)).toString();
const incentive = (await api.query.subtensorModule.incentive(netuid)).toJSON() as number[];

const result = {
  n: N,
  validators: VALIDATORS,
  weights: VALIDATORS * N,
  storageWrites: writes.length,
  setupMs: Math.round(setupMs),
  firstEpochBlockMs: Math.round(firstEpochMs),
  ordinaryBlockMs: ordinary.map((x) => Math.round(x)),
  epochBlockMs: Math.round(epochBlockMs),
  pureEpochMs: Math.round(pureEpochMs),
  epochRan: epochsAfter !== epochsBefore,
  incentiveNonZero: incentive.filter((x) => x > 0).length,
  withinOneSecond: epochBlockMs < 1000,
  node: process.version,
  cpu: (await import('node:os')).cpus()[0]?.model,
};
console.table([
  { metric: 'uids / validators / weights', value: `${N} / ${VALIDATORS} / ${VALIDATORS * N}` },
  { metric: 'ordinary block (ms)', value: result.ordinaryBlockMs.join(', ') },
  { metric: 'first epoch block, empty bonds (ms)', value: result.firstEpochBlockMs },
  { metric: 'epoch block, 256 full bond rows (ms)', value: result.epochBlockMs },
  { metric: 'pure Yuma epoch on the same input (ms)', value: result.pureEpochMs },
  { metric: 'epoch ran / uids with incentive', value: `${result.epochRan} / ${result.incentiveNonZero}` },
  { metric: 'within 1 s of its slot', value: result.withinOneSecond },
]);
void out;
mkdirSync(`${root}bench/results`, { recursive: true });
writeFileSync(`${root}bench/results/subtensor.json`, `${JSON.stringify(result, null, 2)}\n`);
await api.disconnect();
await devnet.close();
