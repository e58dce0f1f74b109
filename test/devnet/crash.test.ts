import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnDevnet } from '../support/devnet-process.js';
import { wsProvider } from '../support/ws-provider.js';

const dir = mkdtempSync(join(tmpdir(), 'subnetkit-crash-'));
const KILLS = Number(process.env.CRASH_KILLS ?? 20);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Seen {
  block: string;
  tx: string;
}

describe('crash safety of the devnet process', () => {
  it(`behavior: SIGKILL at random moments ${KILLS} times loses nothing a client saw`, async () => {
    const keyring = new Keyring({ type: 'sr25519' });
    const senders = ['//Alice', '//Bob', '//Charlie', '//Dave'].map((u) => keyring.addFromUri(u));
    const dest = keyring.addFromUri('//Eve').address;
    const seenInBlock: Seen[] = [];
    let lastHead: { number: number; hash: string } | undefined;
    let initialIssuance: bigint | undefined;
    let random = 12345;
    const rand = () => {
      random = (random * 1103515245 + 12345) % 2 ** 31;
      return random / 2 ** 31;
    };

    for (let round = 0; round <= KILLS; round++) {
      const { child, url, exited } = await spawnDevnet(['--block-time', '100', '--base-path', dir]);
      // No auto-reconnect: the node is killed under the client on purpose.
      const provider = wsProvider(url, false);
      await provider.connect();
      const api = await ApiPromise.create({ provider, noInitWarn: true });

      // Everything seen before the last kill is in the chain.
      const head = await api.rpc.chain.getHeader();
      if (lastHead !== undefined) {
        expect(head.number.toNumber()).toBeGreaterThanOrEqual(lastHead.number);
        expect((await api.rpc.chain.getBlockHash(lastHead.number)).toHex()).toBe(lastHead.hash);
      }
      for (const s of seenInBlock) {
        const block = await api.rpc.chain.getBlock(s.block);
        expect(block.block.extrinsics.map((x) => x.hash.toHex())).toContain(s.tx);
      }
      const issuance = (
        (await api.query.balances.totalIssuance()) as unknown as { toBigInt(): bigint }
      ).toBigInt();
      initialIssuance ??= issuance;
      const entries = await api.query.system.account.entries();
      const sum = entries.reduce(
        (acc, [, v]) =>
          acc + (v as unknown as { data: { free: { toBigInt(): bigint } } }).data.free.toBigInt(),
        0n,
      );
      expect(sum).toBe(issuance);
      expect(issuance).toBeLessThanOrEqual(initialIssuance);

      if (round === KILLS) {
        await api.disconnect();
        child.kill('SIGTERM');
        expect(await exited).toBe(0);
        break;
      }

      // Continuous transfers from four senders until the kill.
      let stop = false;
      const unsubHeads = await api.rpc.chain.subscribeNewHeads((h) => {
        lastHead = { number: h.number.toNumber(), hash: h.hash.toHex() };
      });
      const loops = senders.map(async (pair) => {
        while (!stop) {
          await new Promise<void>((resolve) => {
            api.tx.balances
              .transferKeepAlive(dest, 1_000_000n)
              .signAndSend(pair, (r) => {
                if (r.status.isInBlock) {
                  seenInBlock.push({ block: r.status.asInBlock.toHex(), tx: r.txHash.toHex() });
                  resolve();
                }
                if (r.isError) resolve();
              })
              .catch(() => resolve());
            setTimeout(resolve, 2000);
          });
        }
      });
      await new Promise((r) => setTimeout(r, 300 + rand() * 1200));
      child.kill('SIGKILL');
      stop = true;
      await exited;
      unsubHeads();
      await api.disconnect();
      await Promise.race([Promise.all(loops), new Promise((r) => setTimeout(r, 2500))]);
    }
    expect(seenInBlock.length).toBeGreaterThan(KILLS);
  }, 600_000);
});
