/**
 * Issue 21 with bittensor-cli 9.23.2 (`btcli`) against `subnetkit devnet --tmp`: identities and symbols both ways,
 * root claims (`stake set-claim`, `stake process-claim`), root registration, `wallet swap-hotkey`,
 * `wallet swap-coldkey announce` / `swap-check`, and `subnets list` / `show` after a dissolve, each checked against the
 * devnet's storage through subnetkit's SDK.
 */
import { u8aConcat, u8aToHex } from '@polkadot/util';
import {
  addStake,
  coldkeySwapHash,
  createKeypair,
  dissolveSubnet,
  getIdentity,
  getStake,
  getSubnetIdentity,
  getSubnets,
  registerSubnet,
  rootRegister,
  type SubtensorClient,
  setIdentity,
  setSubnetIdentity,
  setSubnetSymbol,
  submitExtrinsic,
  waitForBlock,
} from '@subnetkit/sdk';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { alice, TAO } from '../support/sdk-subnet.js';
import { aliceWallet, BTCLI_TEST_MS, btcliDevnet } from './support/btcli-devnet.js';
import { type BtcliContext, btcli, jsonIn } from './support/run-btcli.js';

const python = inject('python');

type Created = { success: boolean; data: { coldkey_ss58: string; hotkey_ss58: string } };

describe.skipIf(python.command === undefined)(
  'btcli 9.23.2: identities, root claims, key swaps and dissolve on subnetkit devnet',
  () => {
    const chain = btcliDevnet(python.command ?? 'python3');
    let ctx: BtcliContext;
    let client: SubtensorClient;
    let netuid: number;

    beforeAll(async () => {
      ctx = chain.ctx();
      client = chain.client();
      netuid = chain.netuid();
      await aliceWallet(ctx);
    });

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
      BTCLI_TEST_MS,
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
      BTCLI_TEST_MS,
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
      BTCLI_TEST_MS,
    );
  },
);
