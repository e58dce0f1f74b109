/**
 * Bad parameters are SDK_INVALID_ARGUMENT before any network call: the provider's request counter does not move.
 */
import type { Devnet } from '@subnetkit/chain';
import {
  addStake,
  blocksUntilNextEpoch,
  burnedRegister,
  commitWeights,
  createKeypair,
  createSubtensorClient,
  getBalance,
  getBlock,
  getBurnCost,
  getHyperparameters,
  getNeuron,
  getStake,
  getUid,
  getWeightsVersionKey,
  registerSubnet,
  removeStake,
  revealWeights,
  type SubtensorClient,
  serveAxon,
  setWeights,
  startCall,
  submitExtrinsic,
  sudoSetHyperparameter,
  transfer,
  waitForBlock,
} from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alice, startClientDevnet } from './fixture.js';

let devnet: Devnet;
let client: SubtensorClient;
const hotkey = createKeypair({ uri: '//SkBad_hk' }).address;
const publicOnly = createKeypair({ address: alice.address });

beforeAll(async () => {
  ({ devnet, client } = await startClientDevnet());
});
afterAll(async () => {
  await client?.disconnect();
  await devnet?.close();
});

const requests = () =>
  (client.api as unknown as { _rpcCore: { provider: { stats: { total: { requests: number } } } } })._rpcCore
    .provider.stats.total.requests;

const bad = (parameters: Record<string, unknown>) => parameters as any;

const cases: [string, () => Promise<unknown>, string][] = [
  ['getBlock: negative number', () => getBlock(client, { number: -1 }), 'number'],
  ['getBlock: short hash', () => getBlock(client, { hash: '0x1234' }), 'hash'],
  ['getBalance: not an address', () => getBalance(client, { address: 'nope' }), 'address'],
  [
    'getBalance: zero deadline',
    () => getBalance(client, { address: alice.address, deadlineMs: 0 }),
    'deadlineMs',
  ],
  ['getBurnCost: netuid 65536', () => getBurnCost(client, { netuid: 65_536 }), 'netuid'],
  ['getUid: fractional netuid', () => getUid(client, { netuid: 1.5, hotkey }), 'netuid'],
  ['getStake: bad coldkey', () => getStake(client, { netuid: 1, hotkey, coldkey: '5xyz' }), 'coldkey'],
  ['getWeightsVersionKey: string netuid', () => getWeightsVersionKey(client, bad({ netuid: '1' })), 'netuid'],
  ['getHyperparameters: missing netuid', () => getHyperparameters(client, bad({})), 'netuid'],
  ['getNeuron: uid -1', () => getNeuron(client, { netuid: 1, uid: -1 }), 'uid'],
  ['blocksUntilNextEpoch: NaN', () => blocksUntilNextEpoch(client, { netuid: Number.NaN }), 'netuid'],
  ['waitForBlock: float', () => waitForBlock(client, { block: 1.5 }), 'block'],
  ['transfer: zero amount', () => transfer(client, { signer: alice, to: hotkey, amount: 0n }), 'amount'],
  ['transfer: negative amount', () => transfer(client, { signer: alice, to: hotkey, amount: -5n }), 'amount'],
  ['transfer: bad recipient', () => transfer(client, { signer: alice, to: '0x12', amount: 1n }), 'to'],
  [
    'transfer: bad waitFor',
    () => transfer(client, bad({ signer: alice, to: hotkey, amount: 1n, waitFor: 'soon' })),
    'waitFor',
  ],
  ['transfer: no signer', () => transfer(client, bad({ to: hotkey, amount: 1n })), 'signer'],
  [
    'transfer: public-only key',
    () => transfer(client, { signer: publicOnly, to: hotkey, amount: 1n }),
    'secret key',
  ],
  ['registerSubnet: bad hotkey', () => registerSubnet(client, { signer: alice, hotkey: 'x' }), 'hotkey'],
  [
    'burnedRegister: bad maxCost',
    () => burnedRegister(client, { signer: alice, netuid: 1, hotkey, maxCost: -1n }),
    'maxCost',
  ],
  [
    'addStake: amount > u64',
    () => addStake(client, { signer: alice, hotkey, netuid: 1, amount: 1n << 64n }),
    'amount',
  ],
  [
    'removeStake: unsafe number',
    () => removeStake(client, { signer: alice, hotkey, netuid: 1, amount: 2 ** 60 }),
    'amount',
  ],
  ['startCall: netuid -1', () => startCall(client, { signer: alice, netuid: -1 }), 'netuid'],
  [
    'serveAxon: hostname',
    () => serveAxon(client, { signer: alice, netuid: 1, ip: 'example.com', port: 1 }),
    'ip',
  ],
  [
    'serveAxon: port 0',
    () => serveAxon(client, { signer: alice, netuid: 1, ip: '1.2.3.4', port: 0 }),
    'port',
  ],
  [
    'serveAxon: octet 256',
    () => serveAxon(client, { signer: alice, netuid: 1, ip: '1.2.3.256', port: 1 }),
    'ip',
  ],
  [
    'setWeights: uid not u16',
    () => setWeights(client, { signer: alice, netuid: 1, uids: [70_000], weights: [1] }),
    'uids[0]',
  ],
  [
    'setWeights: infinite weight',
    () => setWeights(client, { signer: alice, netuid: 1, uids: [1], weights: [Infinity] }),
    'weights[0]',
  ],
  [
    'setWeights: negative versionKey',
    () => setWeights(client, { signer: alice, netuid: 1, uids: [1], weights: [1], versionKey: -1n }),
    'versionKey',
  ],
  [
    'commitWeights: length mismatch',
    () => commitWeights(client, { signer: alice, netuid: 1, uids: [1, 2], weights: [1] }),
    'differ in length',
  ],
  [
    'commitWeights: duplicate uid',
    () => commitWeights(client, { signer: alice, netuid: 1, uids: [1, 1], weights: [1, 1] }),
    'twice',
  ],
  [
    'revealWeights: bad salt',
    () => revealWeights(client, { signer: alice, netuid: 1, uids: [1], weights: [1], salt: [-1] }),
    'salt[0]',
  ],
  [
    'revealWeights: empty salt',
    () => revealWeights(client, { signer: alice, netuid: 1, uids: [1], weights: [1], salt: [] }),
    'salt',
  ],
  [
    'sudoSetHyperparameter: unknown call',
    () => sudoSetHyperparameter(client, { signer: alice, netuid: 1, name: 'nope', value: 1 }),
    'sudo_set_nope',
  ],
  [
    'sudoSetHyperparameter: too many values',
    () => sudoSetHyperparameter(client, { signer: alice, netuid: 1, name: 'tempo', value: [1, 2] }),
    'takes',
  ],
  [
    'submitExtrinsic: bad deadline',
    () =>
      submitExtrinsic(client, { signer: alice, deadlineMs: -1, call: (api) => api.tx.system.remark('0x') }),
    'deadlineMs',
  ],
  ['createSubtensorClient: http url', () => createSubtensorClient({ url: 'http://127.0.0.1:9944' }), 'ws://'],
  ['createSubtensorClient: no urls', () => createSubtensorClient({ urls: [] }), 'urls'],
  [
    'createSubtensorClient: NaN deadline',
    () => createSubtensorClient({ deadlineMs: Number.NaN }),
    'deadlineMs',
  ],
];

describe('invalid arguments', () => {
  it.each(cases)('error: %s', async (_, call, mentions) => {
    const before = requests();
    const error = await call().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: expect.stringMatching(/^SDK_(INVALID_ARGUMENT|PUBLIC_KEY_ONLY)$/) });
    expect((error as Error).message).toContain(mentions);
    expect(requests()).toBe(before);
  });

  it('behavior: the client keeps serving after bad calls, and a good call does count as a request', async () => {
    const before = requests();
    expect((await getBlock(client)).number).toBe(0);
    expect(requests()).toBeGreaterThan(before);
  });
});
