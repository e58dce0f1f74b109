/**
 * Issue 18, item 1: bittensor-cli 9.23.2 (`btcli`) against `subnetkit devnet --tmp`. A wallet btcli creates (encrypted
 * coldkey, the password typed at btcli's prompt under a pseudo-terminal) lists, holds TAO, registers, stakes and
 * unstakes; btcli lists and shows the subnet and its hyperparameters, and its owner sets one with `sudo set`. Every
 * answer is compared with what subnetkit's SDK reads from the same chain. `weights commit/reveal` is not here: btcli
 * 9.23.2 reads storage items that no chain declares (`get_commit_reveal_weights_enabled`), see docs/interop.md; CR-v2
 * is covered through the Python SDK. Issue 21's features with btcli: btcli-identities-claims-swaps.test.ts.
 */
import type { ApiPromise } from '@polkadot/api';
import {
  getBalance,
  getHyperparameters,
  getMetagraph,
  getStake,
  getUid,
  type SubtensorClient,
  transfer,
} from '@subnetkit/sdk';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { alice, TAO } from '../support/sdk-subnet.js';
import { aliceWallet, BTCLI_TEST_MS, btcliDevnet } from './support/btcli-devnet.js';
import { type BtcliContext, btcli, btcliTty, jsonIn } from './support/run-btcli.js';

const python = inject('python');
const PASSWORD = 'Interop-Pass-9x!';

type Created = { success: boolean; data: { coldkey_ss58: string; hotkey_ss58: string } };

/** The TAO of the coldkey's `StakeRemoved` events and the fees it paid in the blocks from `from` to the best block. */
async function coldkeyEventsSince(
  api: ApiPromise,
  from: number,
  coldkey: string,
): Promise<{ stakeRemovedTao: bigint; fee: bigint }> {
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  let stakeRemovedTao = 0n;
  let fee = 0n;
  for (let n = from; n <= head; n++) {
    const at = await api.at(await api.rpc.chain.getBlockHash(n));
    const records = (await at.query.system.events()) as unknown as {
      event: { section: string; method: string; data: { toString(): string }[] };
    }[];
    for (const { event } of records) {
      const [who, second, third] = event.data.map((d) => d.toString());
      if (event.section === 'subtensorModule' && event.method === 'StakeRemoved' && who === coldkey)
        stakeRemovedTao += BigInt(third ?? '0');
      if (event.section === 'transactionPayment' && event.method === 'TransactionFeePaid' && who === coldkey)
        fee += BigInt(second ?? '0');
    }
  }
  return { stakeRemovedTao, fee };
}
describe.skipIf(python.command === undefined)('btcli 9.23.2 against subnetkit devnet', () => {
  const chain = btcliDevnet(python.command ?? 'python3');
  let ctx: BtcliContext;
  let client: SubtensorClient;
  let netuid: number;
  let coldkey: string;
  let hotkey: string;
  const wallet = () => ['--wallet-name', 'cold', '--wallet-path', ctx.wallets, '--hotkey', 'hot'];

  beforeAll(async () => {
    ctx = chain.ctx();
    client = chain.client();
    netuid = chain.netuid();
  });

  it(
    'behavior: wallet create / list / balance',
    async () => {
      const created = jsonIn<Created>(
        await btcliTty(
          ctx,
          ['wallet', 'create', ...wallet(), '--n-words', '12', '--use-password', '--json-output'],
          PASSWORD,
          {
            chain: false,
          },
        ),
      );
      expect(created.success).toBe(true);
      ({ coldkey_ss58: coldkey, hotkey_ss58: hotkey } = created.data);

      const listed = jsonIn<{
        wallets: { name: string; ss58_address: string; hotkeys: { ss58_address: string }[] }[];
      }>(
        await btcli(ctx, ['wallet', 'list', '--wallet-path', ctx.wallets, '--json-output'], { chain: false }),
      );
      expect(listed.wallets).toEqual([
        expect.objectContaining({
          name: 'cold',
          ss58_address: coldkey,
          hotkeys: [expect.objectContaining({ ss58_address: hotkey })],
        }),
      ]);

      await transfer(client, { signer: alice, to: coldkey, amount: 2_000n * TAO });
      const balance = jsonIn<{ balances: { cold: { coldkey: string; free: number } } }>(
        await btcli(ctx, ['wallet', 'balance', ...wallet(), '--json-output']),
      );
      expect(balance.balances.cold.coldkey).toBe(coldkey);
      expect(BigInt(Math.round(balance.balances.cold.free * 1e9))).toBe(
        (await getBalance(client, { address: coldkey })).free,
      );
    },
    BTCLI_TEST_MS,
  );

  it(
    'behavior: subnets list / show / hyperparameters equal the SDK reads',
    async () => {
      const list = jsonIn<{
        subnets: Record<string, { netuid: number; tempo: { sn_tempo: number | null } }>;
      }>(await btcli(ctx, ['subnets', 'list', '--json-output']));
      expect(Object.keys(list.subnets).map(Number)).toEqual([0, netuid]);
      const hp = await getHyperparameters(client, { netuid });
      expect(list.subnets[String(netuid)]?.tempo.sn_tempo).toBe(hp.tempo);

      const rows = jsonIn<{ hyperparameter: string; value: number | boolean }[]>(
        await btcli(ctx, ['subnets', 'hyperparameters', '--netuid', String(netuid), '--json-output']),
      );
      const byName = Object.fromEntries(rows.map((r) => [r.hyperparameter, r.value]));
      expect(byName).toMatchObject({
        tempo: hp.tempo,
        immunity_period: hp.immunityPeriod,
        weights_rate_limit: Number(hp.weightsRateLimit),
        max_validators: hp.maxValidators,
        commit_reveal_weights_enabled: hp.commitRevealWeightsEnabled,
        kappa: hp.kappa,
      });

      const show = jsonIn<{ uids: { uid: number; hotkey: string; coldkey: string }[] }>(
        await btcli(ctx, ['subnets', 'show', '--netuid', String(netuid), '--json-output', '--no-prompt']),
      );
      const graph = await getMetagraph(client, { netuid });
      expect(show.uids.map((u) => [u.uid, u.hotkey, u.coldkey])).toEqual(
        graph.hotkeys.map((h, uid) => [uid, h, graph.coldkeys[uid]]),
      );
    },
    BTCLI_TEST_MS,
  );

  it(
    'behavior: subnets register, stake add / list / remove, the password typed at the prompt',
    async () => {
      const registered = jsonIn<{ success: boolean; msg: string }>(
        await btcliTty(
          ctx,
          ['subnets', 'register', '--netuid', String(netuid), ...wallet(), '--no-prompt', '--json-output'],
          PASSWORD,
        ),
      );
      expect(registered.success, registered.msg).toBe(true);
      const uid = await getUid(client, { netuid, hotkey });
      expect(registered.msg).toContain(`UID ${uid}`);

      // The devnet has no MevShield pallet: btcli's default shielded submission has nothing to submit to.
      const stake = [
        ...wallet(),
        '--netuid',
        String(netuid),
        '--no-prompt',
        '--json-output',
        '--no-mev-protection',
      ];
      type Staked = {
        staking_success: Record<string, Record<string, boolean>>;
        error_messages: Record<string, Record<string, string>>;
      };
      // btcli's safe staking (add_stake_limit at the price + 0.5 %) on the devnet's young pool: 10 TAO moves the
      // execution price past the limit (`SlippageTooHigh`), or the coinbase's chain buys of the blocks in between
      // already lifted the price over it (the swap's `PriceLimitExceeded`), as on subtensor. The chain refuses it by
      // subtensor's name, which btcli reads with its explanation from the error's metadata docs.
      const refused = jsonIn<Staked>(
        await btcliTty(ctx, ['stake', 'add', '--amount', '10', ...stake], PASSWORD),
      );
      expect(refused.staking_success[String(netuid)]?.[hotkey]).toBe(false);
      expect(refused.error_messages[String(netuid)]?.[hotkey]).toMatch(
        /(SlippageTooHigh|PriceLimitExceeded)\(Module\)` error\. This means: `\w/,
      );
      expect(await getStake(client, { hotkey, netuid, coldkey })).toBe(0n);
      const added = jsonIn<Staked>(
        await btcliTty(ctx, ['stake', 'add', '--amount', '10', '--unsafe', ...stake], PASSWORD),
      );
      expect(added.staking_success[String(netuid)]?.[hotkey]).toBe(true);
      const staked = await getStake(client, { hotkey, netuid, coldkey });
      expect(staked).toBeGreaterThan(0n);

      // The stake grows with every block's emission, so btcli's figure is compared with reads just before and after it.
      const listed = jsonIn<{ stake_info: Record<string, { netuid: number; stake_value: number }[]> }>(
        await btcli(ctx, ['stake', 'list', ...wallet(), '--no-prompt', '--json-output']),
      );
      const after = await getStake(client, { hotkey, netuid, coldkey });
      const entries = listed.stake_info[hotkey] ?? [];
      expect(entries.map((e) => e.netuid)).toEqual([netuid]);
      const alpha = BigInt(Math.round((entries[0]?.stake_value ?? 0) * 1e9));
      expect(alpha >= staked - 1n && alpha <= after + 1n, `${staked} ≤ ${alpha} ≤ ${after}`).toBe(true);

      // Emission outgrows 3 alpha within seconds here, so the unstake shows in the free balance: 3 alpha sold back
      // (unsafe, as above: at 0.5 % tolerance the young pool refuses it too). The coinbase's chain buys move the price
      // every block, so the free balance is checked against the sale the chain recorded: its `StakeRemoved` TAO less
      // the transaction fee, to the rao.
      const free = async () => (await getBalance(client, { address: coldkey })).free;
      const before = await free();
      const fromBlock = (await client.api.rpc.chain.getHeader()).number.toNumber() + 1;
      const removed = jsonIn<{ success: boolean }[]>(
        await btcliTty(ctx, ['stake', 'remove', '--amount', '3', '--unsafe', ...stake], PASSWORD),
      );
      expect(removed.map((r) => r.success)).toEqual([true]);
      const gained = (await free()) - before;
      const sale = await coldkeyEventsSince(client.api, fromBlock, coldkey);
      expect(sale.stakeRemovedTao).toBeGreaterThan(2n * TAO);
      expect(gained).toBe(sale.stakeRemovedTao - sale.fee);
    },
    BTCLI_TEST_MS,
  );

  it(
    'behavior: sudo set, signed by the subnet owner //Alice from a btcli --uri wallet',
    async () => {
      const owner = await aliceWallet(ctx);
      const set = jsonIn<{ success: boolean; err_msg: string }>(
        await btcli(ctx, [
          'sudo',
          'set',
          '--netuid',
          String(netuid),
          '--param',
          'weights_rate_limit',
          '--value',
          '7',
          ...owner,
          '--no-prompt',
          '--json-output',
        ]),
      );
      expect(set.success, set.err_msg).toBe(true);
      expect((await getHyperparameters(client, { netuid })).weightsRateLimit).toBe(7n);
    },
    BTCLI_TEST_MS,
  );
});
