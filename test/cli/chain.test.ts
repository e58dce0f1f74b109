/**
 * Every chain command of `subnetkit` against a real devnet (instant blocks), run in-process through runCli; each
 * `--json` result is checked against chain state read independently through @polkadot/chain.api(). Wallet reads, passwords
 * and usage errors are in chain-wallet.test.ts.
 */
import { createKeypair } from '@subnetkit/sdk';
import { describe, expect, it } from 'vitest';
import { big, cliDevnet } from './cli-devnet.js';
import { ANSI, typing } from './helpers.js';

const TAO = 1_000_000_000n;
const chain = cliDevnet('subnetkit-cli-chain-');
const { run, free } = chain;
let netuid: number;

const key = (uri: string) => createKeypair({ uri });
const alice = key('//Alice');
const owner = key('//Bob');
const ownerHot = key('//Bob//hot');
const miner = key('//Charlie');
const minerHot = key('//Charlie//hot');

const q = () => chain.api().query.subtensorModule!;

describe('subnetkit against a devnet', () => {
  it('wallet transfer: refused without --yes off a TTY, aborted on "n", sent with --yes or "y"', async () => {
    const args = [
      'wallet',
      'transfer',
      '--wallet.name',
      'alice',
      '--dest',
      ownerHot.address,
      '--amount',
      '2.5',
    ];
    const before = await free(ownerHot.address);
    const refused = await run(args);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/needs confirmation[\s\S]*fix: pass --yes/);
    const declined = await run(args, { stdin: typing('n\r') });
    expect(declined.code).toBe(1);
    expect(declined.stderr).toMatch(/Transfer τ2\.5 from .* to .*\? \[y\/N\]/);
    expect(await free(ownerHot.address)).toBe(before);

    const sent = await run([...args, '--yes', '--json']);
    expect(sent.code, sent.stderr).toBe(0);
    expect(sent.json()).toMatchObject({ from: alice.address, to: ownerHot.address, amount: '2500000000' });
    expect(await free(ownerHot.address)).toBe(before + 2_500_000_000n);
    expect(BigInt(sent.json().balance)).toBe(await free(alice.address));

    const typed = await run([...args.slice(0, -2), '--dest', minerHot.address, '--amount', '1'], {
      stdin: typing('y\r'),
    });
    expect(typed.code, typed.stderr).toBe(0);
    expect(await free(minerHot.address)).toBe(TAO);

    const tooMuch = await run([...args.slice(0, -1), '99999999', '--yes']);
    expect(tooMuch.code).toBe(1);
    expect(tooMuch.stderr).toMatch(
      /less than the τ99999999\.0 this transfer needs[\s\S]*fix: lower the amount/,
    );
    const badDest = await run([...args.slice(0, 4), '--dest', 'nope', '--amount', '1', '--yes']);
    expect(badDest.code).toBe(2);
  });

  it('subnets burn-cost and create: the lock cost the runtime API reports; the subnet owned by the coldkey', async () => {
    const cost = await run(['subnets', 'burn-cost', '--json']);
    const lock = big(await chain.api().call.subnetRegistrationRuntimeApi!.getNetworkRegistrationCost!());
    expect(BigInt(cost.json().lockCost)).toBe(lock);

    const refused = await run(['subnets', 'create', '--wallet.name', 'owner']);
    expect(refused.code).toBe(2);
    const created = await run(['subnets', 'create', '--wallet.name', 'owner', '--yes', '--json']);
    expect(created.code, created.stderr).toBe(0);
    netuid = created.json().netuid;
    // The hint repeats the wallet flag as typed (the endpoint came from the environment, so it is not repeated).
    expect(created.stderr).toContain(
      `next: start emission with \`subnetkit subnets start --netuid ${netuid} --wallet.name owner\``,
    );
    expect(created.json()).toMatchObject({ owner: owner.address, ownerHotkey: ownerHot.address });
    expect((await q().networksAdded!(netuid)).toString()).toBe('true');
    expect((await q().subnetOwner!(netuid)).toString()).toBe(owner.address);

    const list = await run(['subnets', 'list', '--json']);
    const mine = list.json<any[]>().find((s) => s.netuid === netuid);
    expect(mine).toMatchObject({ owner: owner.address, ownerHotkey: ownerHot.address, n: 1 });
    const burn = await run(['subnets', 'burn-cost', '--netuid', String(netuid), '--json']);
    expect(BigInt(burn.json().registrationBurn)).toBe(big(await q().burn!(netuid)));
  });

  it('sudo set/get: sudo (//Alice) sets root-only values, the owner its own, the owner is refused root-only ones', async () => {
    const set = (wallet: string, param: string, value: string) =>
      run([
        'sudo',
        'set',
        '--netuid',
        String(netuid),
        '--param',
        param,
        '--value',
        value,
        '--wallet.name',
        wallet,
        '--json',
      ]);
    expect((await set('alice', 'commit_reveal_weights_enabled', 'false')).code).toBe(0);
    expect((await set('alice', 'weights_rate_limit', '0')).code).toBe(0);
    const tempo = await set('alice', 'tempo', '10');
    expect(tempo.code, tempo.stderr).toBe(0);
    expect(tempo.json()).toEqual({ netuid, tempo: 10 });
    expect(Number(big(await q().tempo!(netuid)))).toBe(10);
    expect((await q().commitRevealWeightsEnabled!(netuid)).toString()).toBe('false');

    const version = await set('owner', 'weights_version', '3');
    expect(version.code, version.stderr).toBe(0);
    expect(big(await q().weightsVersionKey!(netuid))).toBe(3n);

    const denied = await set('owner', 'tempo', '20');
    expect(denied.code).toBe(1);
    expect(denied.stderr).toMatch(
      /tempo is root-only: the subnet owner may not set it[\s\S]*fix: sign with the sudo key/,
    );
    const stranger = await set('miner', 'weights_version', '5');
    expect(stranger.code).toBe(1);
    expect(stranger.stderr).toMatch(/may not do that on netuid \d+[\s\S]*fix: use the subnet owner's wallet/);
    expect(Number(big(await q().tempo!(netuid)))).toBe(10);

    const unknown = await set('alice', 'tempoo', '1');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(
      /unknown hyperparameter tempoo[\s\S]*fix: did you mean tempo\? use one of: rho, kappa/,
    );

    const get = await run([
      'sudo',
      'get',
      '--netuid',
      String(netuid),
      '--param',
      'weights_version',
      '--json',
    ]);
    expect(get.json()).toEqual({ netuid, weights_version: '3' });
    const all = await run(['subnets', 'hyperparameters', '--netuid', String(netuid), '--json']);
    expect(all.json()).toMatchObject({
      netuid,
      tempo: 10,
      weights_rate_limit: '0',
      commit_reveal_weights_enabled: false,
    });
  });

  it('sudo set: the coinbase switches, recycle_or_burn by variant name, owner_cut_enabled by the owner', async () => {
    const set = (wallet: string, param: string, value: string) =>
      run([
        'sudo',
        'set',
        '--netuid',
        String(netuid),
        '--param',
        param,
        '--value',
        value,
        '--wallet.name',
        wallet,
      ]);
    const recycle = await set('owner', 'recycle_or_burn', 'recycle');
    expect(recycle.code, recycle.stderr).toBe(0);
    expect((await q().recycleOrBurn!(netuid)).toString()).toBe('Recycle');
    const wrong = await set('owner', 'recycle_or_burn', 'keep');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--value takes one of Burn, Recycle; got keep/);
    const cut = await set('owner', 'owner_cut_enabled', 'false');
    expect(cut.code, cut.stderr).toBe(0);
    expect((await q().ownerCutEnabled!(netuid)).toString()).toBe('false');
    const emission = await set('owner', 'subnet_emission_enabled', 'false');
    expect(emission.code).toBe(1);
    expect(emission.stderr).toMatch(/subnet_emission_enabled is root-only/);
    expect((await set('alice', 'owner_cut_enabled', 'true')).code).toBe(0);
    expect((await q().ownerCutEnabled!(netuid)).toString()).toBe('true');
  });

  it('chain errors in words: stake before subnets start, below the minimum, sudo on a missing subnet', async () => {
    const stake = (amount: string) =>
      run([
        'stake',
        'add',
        '--netuid',
        String(netuid),
        '--amount',
        amount,
        '--wallet.name',
        'owner',
        '--yes',
      ]);
    const early = await stake('1');
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(
      new RegExp(
        `netuid ${netuid} is not started yet, so it takes no stake[\\s\\S]*fix: the subnet owner starts it with \`subnetkit subnets start --netuid ${netuid} --wallet.name owner\``,
      ),
    );
    const missing = await run([
      'sudo',
      'set',
      '--netuid',
      '999',
      '--param',
      'tempo',
      '--value',
      '10',
      '--wallet.name',
      'alice',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/netuid 999 does not exist[\s\S]*fix: list the subnets/);
  });

  it('sudo set --wait: admin_freeze_window is 0 on the devnet, shown, set by root; an owner call inside it waits for the next epoch', {
    timeout: 60_000,
  }, async () => {
    const args = (wallet: string, param: string, value: string) => [
      'sudo',
      'set',
      '--netuid',
      String(netuid),
      '--param',
      param,
      '--value',
      value,
      '--wallet.name',
      wallet,
      '--json',
    ];
    const shown = await run(['subnets', 'hyperparameters', '--netuid', String(netuid), '--json']);
    expect(shown.json()).toMatchObject({ tempo: 10, admin_freeze_window: 0 });
    const window = await run(args('alice', 'admin_freeze_window', '8'));
    expect(window.code, window.stderr).toBe(0);
    expect(window.json()).toEqual({ netuid, admin_freeze_window: 8 });
    expect(Number(big(await q().adminFreezeWindow!()))).toBe(8);
    try {
      // Into the window: the next block is 3 to 8 blocks after the last epoch (tempo 10, window 8).
      const sinceEpoch = async () =>
        Number(
          big(
            await chain
              .api()
              .rpc.chain.getHeader()
              .then((h) => h.number),
          ),
        ) +
        1 -
        Number(big(await q().lastEpochBlock!(netuid)));
      while (!((await sinceEpoch()) >= 3 && (await sinceEpoch()) <= 8)) await chain.devnet().newBlock(1);
      const frozen = await run(args('owner', 'weights_version', '4'));
      expect(frozen.code).toBe(1);
      expect(frozen.stderr).toMatch(/frozen in the last blocks before an epoch[\s\S]*fix: pass --wait/);

      let settled = false;
      const waited = run([...args('owner', 'weights_version', '4'), '--wait']).finally(() => {
        settled = true;
      });
      while (!settled) {
        await new Promise((resolve) => setTimeout(resolve, 150));
        if (!settled) await chain.devnet().newBlock(1);
      }
      const result = await waited;
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain('waiting for the next epoch');
      expect(result.json()).toEqual({ netuid, weights_version: '4' });
      expect(big(await q().weightsVersionKey!(netuid))).toBe(4n);
    } finally {
      expect((await run(args('alice', 'admin_freeze_window', '0'))).code).toBe(0);
      expect((await run(args('owner', 'weights_version', '3'))).code).toBe(0);
    }
  });

  it('subnets start and register: emission starts; the hotkey gets a uid; a second registration is refused', async () => {
    const started = await run([
      'subnets',
      'start',
      '--netuid',
      String(netuid),
      '--wallet.name',
      'owner',
      '--json',
    ]);
    expect(started.code, started.stderr).toBe(0);
    // Emission starts from the block after the start call, as subtensor's start_call does.
    expect((await q().firstEmissionBlockNumber!(netuid)).toJSON()).toBe(started.json().block + 1);

    const args = ['subnets', 'register', '--netuid', String(netuid), '--wallet.name', 'miner'];
    const refused = await run(args);
    expect(refused.code).toBe(2);
    const registered = await run([...args, '--yes', '--json']);
    expect(registered.code, registered.stderr).toBe(0);
    const { uid } = registered.json();
    expect((await q().uids!(netuid, minerHot.address)).toJSON()).toBe(uid);
    const again = await run([...args, '--yes']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(new RegExp(`already uid ${uid} on netuid ${netuid}`));

    const show = await run(['subnets', 'show', '--netuid', String(netuid), '--json']);
    const neurons = show.json().neurons as { uid: number; hotkey: string; coldkey: string }[];
    expect(neurons).toHaveLength(Number(big(await q().subnetworkN!(netuid))));
    for (const n of neurons) expect((await q().keys!(netuid, n.uid)).toString()).toBe(n.hotkey);
    expect(neurons.find((n) => n.hotkey === minerHot.address)?.coldkey).toBe(miner.address);
    const alias = await run(['s', 'metagraph', '--netuid', String(netuid)]);
    expect(alias.stdout).toContain('hotkey');
    expect(alias.stdout).not.toMatch(ANSI);
    const colour = await run(['subnets', 'show', '--netuid', String(netuid)], { tty: true });
    expect(colour.stdout).toMatch(ANSI);
    // On a terminal, waiting shows a spinner on stderr that is erased afterwards.
    expect(colour.stderr).toMatch(/^\r. connecting to ws:\/\/127\.0\.0\.1:\d+/);
    expect(colour.stderr.endsWith('\r\u001b[2K')).toBe(true);
    expect(alias.stderr).toBe('');
  });

  it('stake add/list/remove: amounts equal the hotkey pool on chain; over-unstaking is refused before sending', async () => {
    const hk = ownerHot.address;
    const pool = async () => big(await q().totalHotkeyAlpha!(hk, netuid));
    const tiny = await run([
      'stake',
      'add',
      '--netuid',
      String(netuid),
      '--amount',
      '0.001',
      '--wallet.name',
      'owner',
      '--yes',
    ]);
    expect(tiny.code).toBe(1);
    expect(tiny.stderr).toMatch(
      /below the chain's minimum of τ0\.002[\s\S]*fix: use --amount 0\.002 or more/,
    );
    const added = await run([
      'stake',
      'add',
      '--netuid',
      String(netuid),
      '--amount',
      '100',
      '--wallet.name',
      'owner',
      '--yes',
      '--json',
    ]);
    expect(added.code, added.stderr).toBe(0);
    expect(BigInt(added.json().stake)).toBe(await pool());
    expect(BigInt(added.json().alpha)).toBe(await pool());

    const list = await run(['stake', 'list', '--wallet.name', 'owner', '--json']);
    expect(list.json().stakes).toContainEqual({ hotkey: hk, netuid, stake: (await pool()).toString() });

    const before = await pool();
    const removed = await run([
      'stake',
      'remove',
      '--netuid',
      String(netuid),
      '--amount',
      '10',
      '--wallet.name',
      'owner',
      '--yes',
      '--json',
    ]);
    expect(removed.code, removed.stderr).toBe(0);
    expect(await pool()).toBe(before - 10n * TAO);
    expect(BigInt(removed.json().stake)).toBe(await pool());

    const tooMuch = await run([
      'stake',
      'remove',
      '--netuid',
      String(netuid),
      '--amount',
      '1000000',
      '--wallet.name',
      'owner',
      '--yes',
    ]);
    expect(tooMuch.code).toBe(1);
    expect(tooMuch.stderr).toMatch(/fix: unstake at most/);
    const broke = await run([
      'stake',
      'add',
      '--netuid',
      String(netuid),
      '--amount',
      '99999999',
      '--wallet.name',
      'owner',
      '--yes',
    ]);
    expect(broke.code).toBe(1);
    expect(broke.stderr).toMatch(/less than the τ99999999\.0 this stake needs/);
    expect(await pool()).toBe(before - 10n * TAO);
    const confirmFirst = await run([
      'stake',
      'add',
      '--netuid',
      String(netuid),
      '--amount',
      '1',
      '--wallet.name',
      'owner',
    ]);
    expect(confirmFirst.code).toBe(2);
  });

  it('weights set: lands in Weights; an unregistered hotkey gets the register command as the fix', async () => {
    const set = await run([
      'weights',
      'set',
      '--netuid',
      String(netuid),
      '--uids',
      '0,1',
      '--weights',
      '0.25,0.75',
      '--wallet.name',
      'owner',
      '--json',
    ]);
    expect(set.code, set.stderr).toBe(0);
    expect(set.json().versionKey).toBe('3');
    expect((await q().weights!(netuid, 0)).toJSON()).toEqual([
      [0, 21845],
      [1, 65535],
    ]);
    const unregistered = await run([
      'weights',
      'set',
      '--netuid',
      String(netuid),
      '--uids',
      '0',
      '--weights',
      '1',
      '--wallet.name',
      'alice',
    ]);
    expect(unregistered.code).toBe(1);
    expect(unregistered.stderr).toContain(`not registered on netuid ${netuid}`);
    expect(unregistered.stderr).toContain(`fix: run \`subnetkit subnets register --netuid ${netuid}\``);
  });

  it('weights set/commit/pending: with commit-reveal on, set and commit go CR-v4 and the chain reveals; --crv2 commits a hash revealed an epoch later', async () => {
    const on = await run([
      'sudo',
      'set',
      '--netuid',
      String(netuid),
      '--param',
      'commit_reveal_weights_enabled',
      '--value',
      'true',
      '--wallet.name',
      'alice',
    ]);
    expect(on.code, on.stderr).toBe(0);
    const weights = [
      '--netuid',
      String(netuid),
      '--uids',
      '0,1',
      '--weights',
      '0.5,0.5',
      '--wallet.name',
      'owner',
    ];
    const shown = await run(['subnets', 'show', '--netuid', String(netuid), '--json']);
    expect(shown.json().commitReveal).toEqual({ version: 'v4', revealPeriodEpochs: 1 });
    const direct = await run(['weights', 'set', ...weights, '--json']);
    expect(direct.code, direct.stderr).toBe(0);
    const { revealRound, expectedRevealBlock } = direct.json();
    const pending = await run(['weights', 'pending', '--netuid', String(netuid), '--json']);
    expect(pending.json().commits).toEqual([
      expect.objectContaining({ hotkey: ownerHot.address, revealRound: String(revealRound) }),
    ]);
    const now = (await chain.api().rpc.chain.getHeader()).number.toNumber();
    await chain.devnet().newBlock(Number(expectedRevealBlock) - now);
    expect((await q().weights!(netuid, 0)).toJSON()).toEqual([
      [0, 65535],
      [1, 65535],
    ]);
    expect((await run(['weights', 'pending', '--netuid', String(netuid), '--json'])).json().commits).toEqual(
      [],
    );

    // Commit early in an epoch, so that the next block is still too early for the reveal.
    const tempo = Number(big(await q().tempo!(netuid)));
    const nextEpoch = Number(big(await q().lastEpochBlock!(netuid))) + tempo;
    const head = (await chain.api().rpc.chain.getHeader()).number.toNumber();
    if (nextEpoch + 1 > head) await chain.devnet().newBlock(nextEpoch + 1 - head);
    const commit = await run(['weights', 'commit', '--crv2', ...weights, '--json']);
    expect(commit.code, commit.stderr).toBe(0);
    const { hash, salt } = commit.json();
    const stored = (await q().weightCommits!(netuid, ownerHot.address)).toJSON() as unknown[][];
    expect(stored[0]![0]).toBe(hash);

    const reveal = ['weights', 'reveal', ...weights, '--salt', salt.join(','), '--json'];
    const early = await run(reveal);
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/RevealTooEarly/);
    await chain.devnet().newBlock(tempo);
    const revealed = await run(reveal);
    expect(revealed.code, revealed.stderr).toBe(0);
    expect((await q().weights!(netuid, 0)).toJSON()).toEqual([
      [0, 65535],
      [1, 65535],
    ]);
  });

  it('wallet overview: the neurons of the coldkey across subnets, as the metagraph has them', async () => {
    const overview = await run(['wallet', 'overview', '--wallet.name', 'miner', '--json']);
    expect(overview.code, overview.stderr).toBe(0);
    const out = overview.json();
    expect(out.coldkey).toBe(miner.address);
    expect(BigInt(out.balance)).toBe(await free(miner.address));
    const uid = (await q().uids!(netuid, minerHot.address)).toJSON();
    expect(out.neurons).toEqual([
      expect.objectContaining({ netuid, uid, hotkey: minerHot.address, hotkeyName: 'default' }),
    ]);
  });
});
