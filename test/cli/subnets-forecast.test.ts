/**
 * `subnetkit subnets forecast` against a devnet: the summary and price path a person reads, the `--json` a script
 * reads (equal to what the chain then stores), and the usage and chain errors in words.
 */
import { describe, expect, it } from 'vitest';
import { big, cliDevnet } from './cli-devnet.js';

const chain = cliDevnet('subnetkit-cli-forecast-');
const TEMPO = 9;

/** `subnetkit …` that must succeed; its `--json`. */
async function ok(args: string[]): Promise<any> {
  const out = await chain.run([...args, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return out.json();
}

describe('subnetkit subnets forecast', () => {
  it('default: a summary and the price path; --json holds every block and equals what the chain stores', async () => {
    const { netuid } = await ok(['subnets', 'create', '--wallet.name', 'owner', '--yes']);
    const n = String(netuid);
    await ok([
      'sudo',
      'set',
      '--netuid',
      n,
      '--param',
      'tempo',
      '--value',
      String(TEMPO),
      '--wallet.name',
      'alice',
    ]);
    await ok(['subnets', 'start', '--netuid', n, '--wallet.name', 'owner']);

    const human = await chain.run(['subnets', 'forecast', '--netuid', n, '--blocks', '30', '--every', '10']);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toMatch(new RegExp(`^netuid ${netuid} {2}forecast of 30 blocks after #\\d+`));
    expect(human.stdout).toMatch(
      /^next block #\d+: τ[\d.]+ and α[\d.]+ into the pool, τ[\d.]+ buying alpha, α[\d.]+ to the subnet/m,
    );
    expect(human.stdout).toMatch(/^owner cut: α[\d.]+ over 3 epoch\(s\), α[\d.]+ per epoch on average/m);
    expect(human.stdout).toMatch(/^\s*block\s+price \(τ\/α\)\s+moving price/m);
    // First, every 10th, each epoch, last: at least 4 rows, epochs marked.
    expect(human.stdout.match(/^\s+#\d+ /gm)?.length).toBeGreaterThanOrEqual(4);
    expect(human.stdout).toMatch(/owner cut \d/);

    const api = chain.api();
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const json = await ok(['subnets', 'forecast', '--netuid', n, '--blocks', '12']);
    expect(json.blocks).toHaveLength(12);
    expect(json.from.number).toBe(head);
    expect((await api.rpc.chain.getHeader()).number.toNumber()).toBe(head);
    await chain.devnet().newBlock(12);
    for (const b of [json.blocks[0], json.blocks[11]]) {
      const at = await api.at(await api.rpc.chain.getBlockHash(b.block));
      expect(b.subnetTao).toBe(big(await at.query.subtensorModule!.subnetTAO!(netuid)).toString());
      expect(b.pendingOwnerCut).toBe(
        big(await at.query.subtensorModule!.pendingOwnerCut!(netuid)).toString(),
      );
      expect(b.price).toBe(big(await at.call.swapRuntimeApi!.currentAlphaPrice!(netuid)).toString());
    }
  }, 120_000);

  it('error: a missing subnet, a missing --netuid and too many blocks are explained', async () => {
    const missing = await chain.run(['subnets', 'forecast', '--netuid', '99', '--blocks', '5']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('netuid 99 does not exist');
    const noNetuid = await chain.run(['subnets', 'forecast', '--blocks', '5']);
    expect(noNetuid.code).toBe(2);
    expect(noNetuid.stderr).toContain('--netuid');
    const tooMany = await chain.run(['subnets', 'forecast', '--netuid', '0', '--blocks', '7201']);
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toContain('--blocks takes an integer from 1 to 7200');
  });
});
