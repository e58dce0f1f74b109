/**
 * `subnetkit root register` and `subnetkit subnets dissolve` against a devnet: the hotkey lands on root with the uid
 * the chain reports, a second try is refused in words; the sudo key dissolves a subnet (its netuid gone from
 * `NetworksAdded`), a coldkey that is not sudo is refused.
 */
import { createKeypair } from '@subnetkit/sdk';
import { describe, expect, it } from 'vitest';
import { cliDevnet } from './cli-devnet.js';

const chain = cliDevnet('subnetkit-cli-root-');
const aliceHot = createKeypair({ uri: '//Alice//hot' });

describe('root register and subnets dissolve', () => {
  it('root register: the wallet hotkey becomes a root member; registering it again is refused', async () => {
    const out = await chain.run(['root', 'register', '--wallet.name', 'alice', '--json']);
    expect(out.code, out.stderr).toBe(0);
    expect(out.json()).toMatchObject({ netuid: 0, uid: 0, hotkey: aliceHot.address });
    expect((await chain.api().query.subtensorModule.keys(0, 0)).toString()).toBe(aliceHot.address);

    const again = await chain.run(['root', 'register', '--wallet.name', 'alice']);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already registered on netuid 0 \(chain: HotKeyAlreadyRegisteredInSubNet\)/);
  });

  it('subnets dissolve: refused for a coldkey that is not sudo; the sudo key dissolves the subnet', async () => {
    const created = await chain.run(['subnets', 'create', '--wallet.name', 'owner', '--yes', '--json']);
    expect(created.code, created.stderr).toBe(0);
    const netuid = String(created.json().netuid);
    const q = chain.api().query.subtensorModule;

    const refused = await chain.run([
      'subnets',
      'dissolve',
      '--netuid',
      netuid,
      '--wallet.name',
      'owner',
      '--yes',
    ]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/only the chain's sudo key may do that \(chain: RequireSudo\)/);
    expect((await q.networksAdded(Number(netuid))).toJSON()).toBe(true);

    const out = await chain.run([
      'subnets',
      'dissolve',
      '--netuid',
      netuid,
      '--wallet.name',
      'alice',
      '--yes',
      '--json',
    ]);
    expect(out.code, out.stderr).toBe(0);
    expect(out.json()).toMatchObject({ netuid: Number(netuid), dissolved: true });
    expect((await q.networksAdded(Number(netuid))).toJSON()).toBe(false);
    expect((await q.subnetOwner(Number(netuid))).toString()).not.toBe(
      createKeypair({ uri: '//Bob' }).address,
    );
  });
});
