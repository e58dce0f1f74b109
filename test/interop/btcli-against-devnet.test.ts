/**
 * Issue 18, item 1: bittensor-cli 9.23.2 (`btcli`) against `subnetkit devnet --tmp`. A wallet btcli creates (encrypted
 * coldkey, the password typed at btcli's prompt under a pseudo-terminal) lists, holds TAO, registers, stakes and unstakes; btcli lists and shows the subnet and
 * its hyperparameters, and its owner sets one with `sudo set`. Every answer is compared with what subnetkit's SDK
 * reads from the same chain. `weights commit/reveal` is not here: btcli 9.23.2 reads storage items that no chain
 * declares (`get_commit_reveal_weights_enabled`), see docs/interop.md; CR-v2 is covered through the Python SDK.
 * Issue 21: root registration, `wallet swap-hotkey`, `wallet swap-coldkey announce` / `swap-check`, and `subnets list`
 * / `show` after a dissolve, checked against the devnet's storage.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiPromise } from '@polkadot/api';
import { u8aConcat, u8aToHex } from '@polkadot/util';
import {
  addStake,
  coldkeySwapHash,
  createKeypair,
  createSubtensorClient,
  dissolveSubnet,
  getBalance,
  getHyperparameters,
  getIdentity,
  getMetagraph,
  getStake,
  getSubnetIdentity,
  getSubnets,
  getUid,
  registerSubnet,
  rootRegister,
  type SubtensorClient,
  setIdentity,
  setSubnetIdentity,
  setSubnetSymbol,
  submitExtrinsic,
  transfer,
  waitForBlock,
} from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DevnetProcess, spawnDevnet } from '../support/devnet-process.js';
import { alice, startAliceSubnet, TAO } from '../support/sdk-subnet.js';
import { interopPython } from './support/interop-venv.js';
import { type BtcliContext, btcli, btcliTty, jsonIn } from './support/run-btcli.js';

const python = inject('python');
const PASSWORD = 'Interop-Pass-9x!';
/** Each btcli run starts Python and decrypts the coldkey (Argon2i, 512 MiB): seconds each on 2 loaded cores. */
const TEST_MS = 120_000;

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
  let ctx: BtcliContext;
  let devnet: DevnetProcess;
  let client: SubtensorClient;
  let netuid: number;
  let coldkey: string;
  let hotkey: string;
  const wallet = () => ['--wallet-name', 'cold', '--wallet-path', ctx.wallets, '--hotkey', 'hot'];

  beforeAll(async () => {
    const [venvPython, spawned, home] = await Promise.all([
      interopPython(python.command ?? 'python3'),
      spawnDevnet(['--tmp', '--block-time', '250']),
      mkdtemp(join(tmpdir(), 'btcli-home-')),
    ]);
    devnet = spawned;
    ctx = { python: venvPython, url: devnet.url, home, wallets: join(home, 'wallets') };
    client = await createSubtensorClient({ url: devnet.url, deadlineMs: 20_000 });
    netuid = await startAliceSubnet(client, createKeypair({ uri: '//Alice//owner' }), {
      tempo: 20,
      weights_set_rate_limit: 0,
    });
  }, 600_000);

  afterAll(async () => {
    await client?.disconnect();
    await devnet?.stop();
    if (ctx !== undefined) await rm(ctx.home, { recursive: true, force: true });
  }, TEST_MS);

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
    TEST_MS,
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
    TEST_MS,
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
    TEST_MS,
  );

  it(
    'behavior: sudo set, signed by the subnet owner //Alice from a btcli --uri wallet',
    async () => {
      const owner = ['--wallet-name', 'alice', '--wallet-path', ctx.wallets, '--hotkey', 'default'];
      await btcli(
        ctx,
        ['wallet', 'create', '--uri', 'Alice', ...owner, '--no-use-password', '--json-output'],
        {
          chain: false,
        },
      );
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
    TEST_MS,
  );
  it(
    'behavior: wallet / subnets set-identity, subnets set-symbol read by subnetkit; subnetkit identities read by btcli get-identity',
    async () => {
      // btcli prompts for every identity field it is not given (even with --no-prompt), so each is given.
      const owner = ['--wallet-name', 'alice', '--wallet-path', ctx.wallets, '--hotkey', 'default'];
      const chainIdentity = {
        name: 'Alice Labs',
        url: 'https://alice.example',
        githubRepo: 'https://github.com/alice/labs',
        image: 'https://alice.example/a.png',
        discord: 'alice#0001',
        description: 'validators',
        additional: 'since 2026',
      };
      const wallet = jsonIn<{ success: boolean; error: string }>(
        await btcli(ctx, [
          'wallet',
          'set-identity',
          ...owner,
          '--id-name',
          chainIdentity.name,
          '--web-url',
          chainIdentity.url,
          '--image-url',
          chainIdentity.image,
          '--discord',
          chainIdentity.discord,
          '--description',
          chainIdentity.description,
          '--additional',
          chainIdentity.additional,
          '--github',
          chainIdentity.githubRepo,
          '--no-prompt',
          '--json-output',
        ]),
      );
      expect(wallet.success, wallet.error).toBe(true);
      expect(await getIdentity(client, { coldkey: alice.address })).toEqual(chainIdentity);

      const subnetIdentity = {
        subnetName: 'digits',
        githubRepo: 'https://github.com/alice/digits',
        subnetContact: 'owner@digits.example',
        subnetUrl: 'https://digits.example',
        discord: 'digits#0001',
        description: 'handwritten digits',
        logoUrl: 'https://digits.example/logo.png',
        additional: 'mlp',
      };
      const subnet = jsonIn<{ success: boolean }>(
        await btcli(ctx, [
          'subnets',
          'set-identity',
          '--netuid',
          String(netuid),
          ...owner,
          '--subnet-name',
          subnetIdentity.subnetName,
          '--github-repo',
          subnetIdentity.githubRepo,
          '--subnet-contact',
          subnetIdentity.subnetContact,
          '--subnet-url',
          subnetIdentity.subnetUrl,
          '--discord',
          subnetIdentity.discord,
          '--description',
          subnetIdentity.description,
          '--logo-url',
          subnetIdentity.logoUrl,
          '--additional-info',
          subnetIdentity.additional,
          '--no-prompt',
          '--json-output',
        ]),
      );
      expect(subnet.success).toBe(true);
      expect(await getSubnetIdentity(client, { netuid })).toEqual(subnetIdentity);
      const symbol = jsonIn<{ success: boolean; message: string }>(
        await btcli(ctx, [
          'subnets',
          'set-symbol',
          '--netuid',
          String(netuid),
          'ω',
          ...owner,
          '--no-prompt',
          '--json-output',
        ]),
      );
      expect(symbol.success, symbol.message).toBe(true);
      expect((await getSubnets(client)).find((s) => s.netuid === netuid)).toMatchObject({
        name: 'digits',
        symbol: 'ω',
      });

      // The other way: subnetkit's SDK replaces both identities and the symbol; btcli reads them. btcli signed as
      // //Alice since the client last did, so the client's cached nonce is stale.
      client.nonces.reset(alice.address);
      await setIdentity(client, {
        signer: alice,
        identity: { name: 'Alice Two', githubRepo: 'https://github.com/alice/two' },
      });
      await setSubnetIdentity(client, {
        signer: alice,
        netuid,
        identity: { subnetName: 'digits2', description: 'v2' },
      });
      await setSubnetSymbol(client, { signer: alice, netuid, symbol: 'ψ' });
      expect(
        jsonIn(await btcli(ctx, ['wallet', 'get-identity', '--ss58', alice.address, '--json-output'])),
      ).toEqual({
        name: 'Alice Two',
        url: '',
        github_repo: 'https://github.com/alice/two',
        image: '',
        discord: '',
        description: '',
        additional: '',
      });
      expect(
        jsonIn(await btcli(ctx, ['subnets', 'get-identity', '--netuid', String(netuid), '--json-output'])),
      ).toEqual({
        subnet_name: 'digits2',
        github_repo: '',
        subnet_contact: '',
        subnet_url: '',
        discord: '',
        description: 'v2',
        logo_url: '',
        additional: '',
      });
      const show = jsonIn<{ name: string; owner_identity: string }>(
        await btcli(ctx, ['subnets', 'show', '--netuid', String(netuid), '--json-output', '--no-prompt']),
      );
      // btcli prints the subnet's name after a colon (`: digits2`) and the owner coldkey's identity name.
      expect(show).toMatchObject({ name: ': digits2', owner_identity: 'Alice Two' });
      const list = jsonIn<{ subnets: Record<string, { subnet_name: string }> }>(
        await btcli(ctx, ['subnets', 'list', '--json-output']),
      );
      expect(list.subnets[String(netuid)]?.subnet_name).toBe('digits2');
    },
    TEST_MS,
  );

  it(
    'behavior: stake set-claim keep and stake process-claim claim root dividends (RootClaimable seeded)',
    async () => {
      const owner = ['--wallet-name', 'alice', '--wallet-path', ctx.wallets, '--hotkey', 'default'];
      const q = client.api.query.subtensorModule;
      // //Alice (btcli's `alice` wallet: one key as coldkey and hotkey) validates on root with 100 TAO. Root dividends
      // need a root validator that earns subnet dividends (a permit and weights); instead, as in
      // test/subtensor/root-claim.test.ts, RootClaimable is seeded with 1/64 alpha per rao of root stake. Automatic
      // claims are off so that btcli's claim is the one that pays.
      client.nonces.reset(alice.address); // btcli signed as //Alice before
      await submitExtrinsic(client, {
        signer: alice,
        call: (api) => api.tx.sudo.sudo(api.tx.subtensorModule.sudoSetNumRootClaims(0)),
      });
      await rootRegister(client, { signer: alice, hotkey: alice.address });
      await addStake(client, { signer: alice, hotkey: alice.address, netuid: 0, amount: 100n * TAO });
      // btcli looks for claimable dividends only where the coldkey already stakes alpha to the root validator.
      await addStake(client, { signer: alice, hotkey: alice.address, netuid, amount: TAO });
      const rate = new Uint8Array(16);
      rate[3] = 4; // I96F32 bits 2^26 (little-endian i128): 1/64
      const map = u8aToHex(u8aConcat([4, netuid & 0xff, netuid >> 8], rate)); // BTreeMap<NetUid, I96F32> with one entry
      await client.request('dev_setStorage', [[[q.rootClaimable.key(alice.address), map]]]);
      const head = (await client.api.rpc.chain.getHeader()).number.toNumber();
      await waitForBlock(client, { block: head + 1 });
      expect((await q.rootClaimable(alice.address)).toJSON()).toEqual({
        [String(netuid)]: { bits: 1 << 26 },
      });

      const set = jsonIn<{ success: boolean }>(
        await btcli(ctx, ['stake', 'set-claim', 'keep', ...owner, '--no-prompt', '--json-output']),
      );
      expect(set.success).toBe(true);
      expect((await q.rootClaimType(alice.address)).toJSON()).toEqual({ keep: null });

      const claimed = async () =>
        BigInt((await q.rootClaimed(netuid, alice.address, alice.address)).toString());
      const alphaBefore = await getStake(client, { hotkey: alice.address, netuid, coldkey: alice.address });
      expect(await claimed()).toBe(0n);
      const processed = jsonIn<{ success: boolean; netuids: number[] }>(
        await btcli(ctx, [
          'stake',
          'process-claim',
          '--netuids',
          String(netuid),
          ...owner,
          '--no-prompt',
          '--json-output',
        ]),
      );
      expect(processed).toMatchObject({ success: true, netuids: [netuid] });
      // Keep: rate × root stake (1/64 of 100 TAO) is now //Alice's alpha on the subnet, and RootClaimed records it.
      const paid = await claimed();
      expect(paid).toBe((100n * TAO) / 64n);
      const alphaAfter = await getStake(client, { hotkey: alice.address, netuid, coldkey: alice.address });
      expect(alphaAfter - alphaBefore).toBe(paid);
    },
    TEST_MS,
  );

  it(
    'behavior: root register, wallet swap-hotkey, swap-coldkey announce / swap-check, subnets list / show after a dissolve',
    async () => {
      // `--uri` wallets hold one key as coldkey and hotkey; the swap's destination is a second hotkey of the wallet.
      const ferdie = ['--wallet-name', 'ferdie', '--wallet-path', ctx.wallets];
      const created = jsonIn<Created>(
        await btcli(
          ctx,
          [
            'wallet',
            'create',
            '--uri',
            'Ferdie',
            ...ferdie,
            '--hotkey',
            'default',
            '--no-use-password',
            '--json-output',
          ],
          { chain: false },
        ),
      );
      const next = jsonIn<Created>(
        await btcli(
          ctx,
          [
            'wallet',
            'new-hotkey',
            '--uri',
            'Ferdienew',
            ...ferdie,
            '--hotkey',
            'new',
            '--no-use-password',
            '--json-output',
          ],
          { chain: false },
        ),
      );
      const { coldkey_ss58: cold, hotkey_ss58: oldHot } = created.data;
      const newHot = next.data.hotkey_ss58;
      const q = client.api.query.subtensorModule;

      const rooted = jsonIn<{ success: boolean; msg: string }>(
        await btcli(ctx, [
          'subnets',
          'register',
          '--netuid',
          '0',
          ...ferdie,
          '--hotkey',
          'default',
          '--no-prompt',
          '--json-output',
        ]),
      );
      expect(rooted.success, rooted.msg).toBe(true);
      const rootUid = (await q.uids(0, oldHot)).toJSON() as number;
      expect(rooted.msg).toBe(`Registered with UID ${rootUid}`);

      const swapped = jsonIn<{ success: boolean }>(
        await btcli(ctx, [
          'wallet',
          'swap-hotkey',
          'new',
          '--all-netuids',
          ...ferdie,
          '--hotkey',
          'default',
          '--no-prompt',
          '--json-output',
        ]),
      );
      expect(swapped.success).toBe(true);
      expect((await q.uids(0, newHot)).toJSON()).toBe(rootUid);
      expect((await q.uids(0, oldHot)).toJSON()).toBeNull();
      expect((await q.keys(0, rootUid)).toString()).toBe(newHot);
      expect((await q.owner(newHot)).toString()).toBe(cold);
      expect((await q.ownedHotkeys(cold)).toJSON()).toContain(newHot);

      // The root network as btcli shows it (SubnetInfoRuntimeApi.get_subnet_state; a table, btcli has no JSON for root)
      // and as the runtime API answers @polkadot/api: the swapped hotkey holds the root uid.
      const state = (await client.api.call.subnetInfoRuntimeApi.getSubnetState(0)).toJSON() as {
        hotkeys: string[];
        coldkeys: string[];
      } | null;
      expect(state?.hotkeys[rootUid]).toBe(newHot);
      expect(state?.coldkeys[rootUid]).toBe(cold);
      const root = await btcli(ctx, ['subnets', 'show', '--netuid', '0', '--no-prompt']);
      expect(root).toContain('Root Network (Subnet 0)');
      expect(root).toMatch(new RegExp(`│ ${newHot.slice(0, 6)} │ ${cold.slice(0, 6)} `));

      // btcli's announce prints a table and no JSON; swap-check reads the announcement back as JSON.
      const newColdkey = createKeypair({ uri: '//Ferdie//next' }).address;
      await btcli(ctx, [
        'wallet',
        'swap-coldkey',
        'announce',
        ...ferdie,
        '--hotkey',
        'default',
        '--new-coldkey',
        newColdkey,
        '--no-mev-protection',
        '--no-prompt',
      ]);
      const stored = (await q.coldkeySwapAnnouncements(cold)).toJSON() as [number, string] | null;
      expect(stored?.[1]).toBe(coldkeySwapHash(newColdkey));
      const check = jsonIn<{
        current_block: number;
        announcements: {
          coldkey: string;
          new_coldkey_hash: string;
          execution_block: number;
          status: string;
          time_remaining_blocks: number;
          clear_block: number;
        }[];
      }>(await btcli(ctx, ['wallet', 'swap-check', '--ss58', cold, '--json-output']));
      const reannouncement = Number((await q.coldkeySwapReannouncementDelay()).toString());
      expect(check.announcements).toEqual([
        expect.objectContaining({
          coldkey: cold,
          new_coldkey_hash: stored?.[1],
          execution_block: stored?.[0],
          status: 'pending',
          time_remaining_blocks: (stored?.[0] ?? 0) - check.current_block,
          clear_block: (stored?.[0] ?? 0) + reannouncement,
        }),
      ]);
      // Announced before the check: execution = announcement block + the delay.
      const delay = Number((await q.coldkeySwapAnnouncementDelay()).toString());
      expect((stored?.[0] ?? 0) - delay).toBeLessThanOrEqual(check.current_block);

      client.nonces.reset(alice.address); // btcli signed as //Alice before (sudo set, identities)
      const { netuid: dissolved } = await registerSubnet(client, {
        signer: alice,
        hotkey: createKeypair({ uri: '//Alice//dissolved' }).address,
      });
      await dissolveSubnet(client, { signer: alice, netuid: dissolved });
      const list = jsonIn<{ total_netuids: number; subnets: Record<string, { netuid: number }> }>(
        await btcli(ctx, ['subnets', 'list', '--json-output']),
      );
      const added = (await q.networksAdded.entries())
        .filter(([, on]) => on.toJSON() === true)
        .map(([key]) => Number(key.args[0]?.toString()))
        .sort((a, b) => a - b);
      expect(Object.keys(list.subnets).map(Number)).toEqual(added);
      expect(added).not.toContain(dissolved);
      expect(list.total_netuids).toBe(added.length);
      expect(
        await btcli(ctx, ['subnets', 'show', '--netuid', String(dissolved), '--no-prompt'], {
          stream: 'stderr',
        }),
      ).toContain(`Subnet ${dissolved} does not exist`);
    },
    TEST_MS,
  );
});
