/**
 * `subnetkit commitments set/get` against a devnet, in-process through runCli: a plain commitment read back as text,
 * a timelocked one (`--reveal-in-blocks`) shown as timelocked and then as revealed by the chain, and the refusals
 * (no `--yes` off a TTY, both reveal options, a hotkey not registered on the subnet) with their fixes; `--json`
 * results are checked against storage read through @polkadot/api.
 */
import {
  burnedRegister,
  createKeypair,
  createSubtensorClient,
  type SubtensorClient,
  transfer,
} from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAliceSubnet, TAO } from '../support/sdk-subnet.js';
import { cliDevnet } from './cli-devnet.js';

const chain = cliDevnet('subnetkit-cli-commitments-');
const { run } = chain;
const alice = createKeypair({ uri: '//Alice' });
const minerHot = createKeypair({ uri: '//Charlie//hot' });
let client: SubtensorClient;
let netuid: number;

const commitmentOf = async (hotkey: string) =>
  (await chain.api().query.commitments!.commitmentOf!(netuid, hotkey)).toJSON();

beforeAll(async () => {
  client = await createSubtensorClient({ url: chain.devnet().url });
  netuid = await startAliceSubnet(client, createKeypair({ uri: '//Bob//hot' }), {});
  await burnedRegister(client, { signer: alice, netuid, hotkey: minerHot.address });
  await transfer(client, { signer: alice, to: minerHot.address, amount: TAO });
});
afterAll(async () => {
  await client?.disconnect();
});

describe('subnetkit commitments', () => {
  it('set: publishes the hotkey’s text commitment; get prints it by hotkey', async () => {
    const args = [
      'commitments',
      'set',
      '--netuid',
      String(netuid),
      'hf.co/me/model@v2',
      '--wallet.name',
      'miner',
    ];
    const refused = await run(args);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/needs confirmation[\s\S]*fix: pass --yes/);
    const set = await run([...args, '--yes', '--json']);
    expect(set.code, set.stderr).toBe(0);
    expect(set.json()).toMatchObject({ netuid, hotkey: minerHot.address, revealRound: null });
    expect(await commitmentOf(minerHot.address)).toMatchObject({
      block: set.json().block,
      info: { fields: [{ raw17: `0x${Buffer.from('hf.co/me/model@v2').toString('hex')}` }] },
    });
    const get = await run(['commitments', 'get', '--netuid', String(netuid)]);
    expect(get.code, get.stderr).toBe(0);
    expect(get.stdout).toContain(minerHot.address);
    expect(get.stdout).toContain(`committed at #${set.json().block}: hf.co/me/model@v2`);
  });

  it('set --reveal-in-blocks: timelocked until the chain reveals it; get shows the revealed text', async () => {
    const set = await run([
      ...['commitments', 'set', '--netuid', String(netuid), 'my sealed answer', '--reveal-in-blocks', '2'],
      ...['--wallet.name', 'miner', '--yes', '--json'],
    ]);
    expect(set.code, set.stderr).toBe(0);
    const { block, revealRound, expectedRevealBlock } = set.json();
    expect(Number(revealRound)).toBeGreaterThan(0);
    const pending = await run([
      'commitments',
      'get',
      '--netuid',
      String(netuid),
      '--hotkey',
      minerHot.address,
    ]);
    expect(pending.stdout).toContain(`[timelocked until drand round ${revealRound}`);
    expect(pending.stdout).not.toContain('my sealed answer');
    await chain.devnet().newBlock(Number(expectedRevealBlock) - block);
    const revealed = await run([
      ...['commitments', 'get', '--netuid', String(netuid), '--hotkey', minerHot.address, '--json'],
    ]);
    expect(revealed.json().commitments[0].revealed).toEqual([
      {
        bytes: `0x${Buffer.from('my sealed answer').toString('hex')}`,
        text: 'my sealed answer',
        block: String(expectedRevealBlock),
      },
    ]);
    const text = await run(['commitments', 'get', '--netuid', String(netuid), '--hotkey', minerHot.address]);
    expect(text.stdout).toContain(`revealed at #${expectedRevealBlock}: my sealed answer`);
  });

  it('error: both reveal options, and a hotkey not registered on the subnet, are refused with a fix', async () => {
    const both = await run([
      ...[
        'commitments',
        'set',
        '--netuid',
        String(netuid),
        'x',
        '--reveal-round',
        '5',
        '--reveal-in-blocks',
        '5',
      ],
      ...['--wallet.name', 'miner', '--yes'],
    ]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/exclude each other/);
    const stranger = await run([
      ...['commitments', 'set', '--netuid', String(netuid), 'x', '--wallet.name', 'alice', '--yes'],
    ]);
    expect(stranger.code).not.toBe(0);
    expect(stranger.stderr).toMatch(/not registered on netuid[\s\S]*subnetkit subnets register --netuid/);
  });
});
