/**
 * `subnetkit_forecast` through an unmodified @polkadot/api against a devnet process: the forecast of the next
 * blocks equals, field by field, what the chain stores once those blocks are built for real (both run the same
 * runtime, so this holds whatever the coinbase computes), and a forecast changes nothing.
 */
import { ApiPromise } from '@polkadot/api';
import {
  addStake,
  createKeypair,
  createSubtensorClient,
  registerSubnet,
  startCall,
  sudoSetHyperparameter,
} from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wsProvider } from '../support/ws-provider.js';
import { type DevnetProcess, type NumberView, spawnDevnet } from './helpers.js';

const TAO = 1_000_000_000n;
const TEMPO = 9;
const BLOCKS = 25;
const alice = createKeypair({ uri: '//Alice' });
const ownerHot = createKeypair({ uri: '//Alice//forecast-owner' });
const otherHot = createKeypair({ uri: '//Alice//forecast-other' });

interface Payout {
  ownerCut: string;
  server: string;
  validator: string;
  root: string;
}
interface ForecastBlock {
  block: number;
  price: string;
  movingPriceBits: string;
  taoInEmission: string;
  excessTao: string;
  alphaInEmission: string;
  alphaOutEmission: string;
  subnetTao: string;
  alphaIn: string;
  alphaOut: string;
  pendingOwnerCut: string;
  pendingServerEmission: string;
  pendingValidatorEmission: string;
  pendingRootAlphaDivs: string;
  ownerStake: string;
  totalIssuance: string;
  epoch?: Payout;
}
interface Forecast {
  netuid: number;
  from: { number: number; hash: string };
  blocks: ForecastBlock[];
  totals: Payout & {
    taoInEmission: string;
    excessTao: string;
    alphaInEmission: string;
    alphaOutEmission: string;
    epochs: number;
  };
}

let devnet: DevnetProcess;
let api: ApiPromise;
let provider: ReturnType<typeof wsProvider>;
let netuid: number;

/** `subnetkit_forecast` over the api's provider (@polkadot/api decorates no `subnetkit_*` method). */
function forecast(params: unknown[]): Promise<Forecast> {
  return provider.send('subnetkit_forecast', params) as Promise<Forecast>;
}

const big = (codec: unknown) => (codec as NumberView).toBigInt().toString();

/** What the chain stored at block `hash` for the fields a forecast reports. */
async function stored(hash: string, number: number): Promise<Omit<ForecastBlock, 'epoch'>> {
  const at = await api.at(hash);
  const q = at.query.subtensorModule;
  const stake = (await at.call.stakeInfoRuntimeApi.getStakeInfoForHotkeyColdkeyNetuid(
    ownerHot.address,
    alice.address,
    netuid,
  )) as unknown as { isSome: boolean; unwrap(): { stake: NumberView } };
  const moving = (await q.subnetMovingPrice(netuid)) as unknown as { bits: NumberView };
  return {
    block: number,
    price: big(await at.call.swapRuntimeApi.currentAlphaPrice(netuid)),
    movingPriceBits: moving.bits.toBigInt().toString(),
    taoInEmission: big(await q.subnetTaoInEmission(netuid)),
    excessTao: big(await q.subnetExcessTao(netuid)),
    alphaInEmission: big(await q.subnetAlphaInEmission(netuid)),
    alphaOutEmission: big(await q.subnetAlphaOutEmission(netuid)),
    subnetTao: big(await q.subnetTAO(netuid)),
    alphaIn: big(await q.subnetAlphaIn(netuid)),
    alphaOut: big(await q.subnetAlphaOut(netuid)),
    pendingOwnerCut: big(await q.pendingOwnerCut(netuid)),
    pendingServerEmission: big(await q.pendingServerEmission(netuid)),
    pendingValidatorEmission: big(await q.pendingValidatorEmission(netuid)),
    pendingRootAlphaDivs: big(await q.pendingRootAlphaDivs(netuid)),
    ownerStake: stake.isSome ? stake.unwrap().stake.toBigInt().toString() : '0',
    totalIssuance: big(await q.totalIssuance()),
  };
}

beforeAll(async () => {
  devnet = await spawnDevnet(['--instant']);
  const client = await createSubtensorClient({ url: devnet.url, deadlineMs: 30_000 });
  try {
    ({ netuid } = await registerSubnet(client, { signer: alice, hotkey: ownerHot.address }));
    const other = (await registerSubnet(client, { signer: alice, hotkey: otherHot.address })).netuid;
    for (const n of [netuid, other]) {
      await sudoSetHyperparameter(client, { signer: alice, netuid: n, name: 'tempo', value: TEMPO });
      await startCall(client, { signer: alice, netuid: n });
    }
    // Different pools: stake moves the other subnet's price.
    await addStake(client, { signer: alice, hotkey: otherHot.address, netuid: other, amount: 50n * TAO });
  } finally {
    await client.disconnect();
  }
  provider = wsProvider(devnet.url);
  api = await ApiPromise.create({ provider, noInitWarn: true });
}, 120_000);

afterAll(async () => {
  await api?.disconnect();
  devnet?.child.kill('SIGTERM');
  await devnet?.exited;
});

describe('subnetkit_forecast', () => {
  it('default: equals what the chain stores when the blocks are built, and changes nothing', async () => {
    const head = await api.rpc.chain.getHeader();
    const predicted = await forecast([{ netuid, blocks: BLOCKS }]);

    // Nothing changed: same best block, same state.
    const after = await api.rpc.chain.getHeader();
    expect(after.hash.toHex()).toBe(head.hash.toHex());
    expect(after.stateRoot.toHex()).toBe(head.stateRoot.toHex());
    expect(predicted.from).toEqual({ number: head.number.toNumber(), hash: head.hash.toHex() });
    expect(predicted.blocks.map((b) => b.block)).toEqual(
      Array.from({ length: BLOCKS }, (_, i) => head.number.toNumber() + 1 + i),
    );

    await provider.send('dev_newBlock', [{ count: BLOCKS }]);
    const actual = await Promise.all(
      predicted.blocks.map(async ({ block }) =>
        stored((await api.rpc.chain.getBlockHash(block)).toHex(), block),
      ),
    );
    expect(predicted.blocks.map(({ epoch: _, ...rest }) => rest)).toEqual(actual);

    // Something happened: emission flowed, epochs ran and paid the owner.
    const epochs = predicted.blocks.filter((b) => b.epoch !== undefined);
    expect(epochs.length).toBe(predicted.totals.epochs);
    expect(epochs.length).toBeGreaterThanOrEqual(2);
    // Without root stake the injection cap is 0: the subnet's TAO all buys alpha (chain buys).
    expect(BigInt(predicted.totals.taoInEmission) + BigInt(predicted.totals.excessTao)).toBeGreaterThan(0n);
    for (const b of epochs) {
      const i = predicted.blocks.indexOf(b);
      const before = predicted.blocks[i - 1];
      const ownerCut = BigInt(b.epoch?.ownerCut ?? 0);
      expect(ownerCut).toBeGreaterThan(0n);
      expect(b.pendingOwnerCut).toBe('0');
      // The owner cut lands on the owner's hotkey (which may also earn dividends).
      if (before !== undefined)
        expect(BigInt(b.ownerStake) - BigInt(before.ownerStake)).toBeGreaterThanOrEqual(ownerCut);
    }
    expect(BigInt(predicted.totals.ownerCut)).toBe(
      epochs.reduce((s, b) => s + BigInt(b.epoch?.ownerCut ?? 0), 0n),
    );
  }, 120_000);

  it.each([
    [[{ blocks: 5 }], 'netuid a subnet id'],
    [[{ netuid: 1 }], 'blocks an integer 1..7200'],
    [[{ netuid: 1, blocks: 7_201 }], 'blocks an integer 1..7200'],
    [[{ netuid: 1, blocks: 0 }], 'blocks an integer 1..7200'],
    [[], '{ netuid, blocks }'],
    [[{ netuid: 77, blocks: 5 }], 'subnet 77 does not exist'],
  ])('error: %j is refused with -32602 saying why, and the server keeps serving', async (params, why) => {
    await expect(forecast(params)).rejects.toThrow(why);
    await expect(forecast(params)).rejects.toThrow('-32602');
    expect((await api.rpc.system.chain()).toString()).not.toBe('');
  });
});
