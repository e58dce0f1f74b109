/**
 * Reads the chain block by block through @polkadot/api, as an outside observer, and checks at every epoch block that
 * the subnet's accounting holds. It keeps every `LastUpdate` value it saw (when each validator set weights), so the
 * suite can check afterwards that every live validator set weights every tempo.
 */
import { ApiPromise } from '@polkadot/api';
import { expectBlock } from '../subtensor/coinbase-reference.js';
import { readSnapshot } from '../subtensor/coinbase-snapshot.js';
import { delegateTakeSplit, dividendDistribution } from '../subtensor/payout-reference.js';
import { wsProvider } from '../support/ws-provider.js';
import { isDisconnected } from './while-reconnecting.js';

const big = (v: unknown): bigint => (v as { toBigInt(): bigint }).toBigInt();
const num = (v: unknown): number => (v as { toNumber(): number }).toNumber();
const list = (v: unknown): unknown[] => (v as { toJSON(): unknown[] }).toJSON();

/** What the audit found so far. */
export type ChainAudit = {
  /** Epoch blocks seen (`LastMechansimStepBlock` equal to the block). */
  readonly epochs: number[];
  /** Per uid, every block at which `LastUpdate` said it set weights. */
  readonly weightBlocks: Map<number, Set<number>>;
  /** Invariant checks passed, by name. */
  readonly passed: Record<string, number>;
  /** Invariant violations, one line each (empty on a sound chain). */
  readonly violations: string[];
  /** Blocks that could not be read at their hash (e.g. state pruned), skipped. */
  unreadable: number;
  /**
   * Reads every block from the last one read up to the current head. While the devnet restarts it rejects with a
   * disconnection error; the next call goes on from the block it stopped at.
   */
  catchUp(): Promise<void>;
  /** Disconnects. */
  close(): Promise<void>;
};

/**
 * Starts auditing `netuid` on the node at `url` from block `fromBlock`; `ownerHotkey`'s emission is burned, so its
 * stake is not checked. It opens its own connection and opens a fresh one after a disconnection: @polkadot/api
 * memoizes a failed read at a block hash and would repeat the failure for that block.
 */
export function createChainAudit(
  url: string,
  netuid: number,
  fromBlock: number,
  ownerHotkey: string,
): ChainAudit {
  let next = fromBlock;
  let connection: Promise<ApiPromise> | undefined;
  let api: ApiPromise;
  const audit: ChainAudit = {
    epochs: [],
    weightBlocks: new Map(),
    passed: {},
    violations: [],
    unreadable: 0,
    catchUp: async () => {
      connection ??= ApiPromise.create({ provider: wsProvider(url, 100), noInitWarn: true });
      try {
        api = await connection;
        const head = (await api.rpc.chain.getHeader()).number.toNumber();
        for (; next <= head; next++) {
          try {
            await readBlock(next);
          } catch (error) {
            if (isDisconnected(error) || !/pruned|unknown block|not found/i.test(String(error))) throw error;
            audit.unreadable++;
          }
        }
      } catch (error) {
        if (isDisconnected(error)) {
          const stale = connection;
          connection = undefined;
          await stale?.then((old) => old.disconnect()).catch(() => undefined);
        }
        throw error;
      }
    },
    close: async () => {
      await (await connection)?.disconnect();
    },
  };
  // A block's findings are kept only once the whole block was read: a block read again after a disconnection
  // (the devnet restarting mid-audit) is counted once.
  let findings: Array<{ name: string; holds: boolean; detail: () => string }> = [];
  const check = (name: string, holds: boolean, detail: () => string) =>
    findings.push({ name, holds, detail });

  const readBlock = async (block: number) => {
    findings = [];
    const at = (await api.at(await api.rpc.chain.getBlockHash(block))).query.subtensorModule;
    const lastUpdate = list(await at.lastUpdate(netuid));
    const epoch = num(await at.lastMechansimStepBlock(netuid)) === block;
    if (epoch) await auditEpoch(block);
    for (const [uid, value] of lastUpdate.entries()) {
      const blocks = audit.weightBlocks.get(uid) ?? new Set<number>();
      blocks.add(Number(value));
      audit.weightBlocks.set(uid, blocks);
    }
    if (epoch) audit.epochs.push(block);
    for (const { name, holds, detail } of findings) {
      if (holds) audit.passed[name] = (audit.passed[name] ?? 0) + 1;
      else audit.violations.push(`${name}: ${detail()}`);
    }
  };

  /** The epoch at `block` against the state right before it. */
  const auditEpoch = async (block: number) => {
    const before = (await api.at(await api.rpc.chain.getBlockHash(block - 1))).query.subtensorModule;
    const after = (await api.at(await api.rpc.chain.getBlockHash(block))).query.subtensorModule;
    const n = num(await after.subnetworkN(netuid));

    // uids ↔ hotkeys: Keys and Uids are inverse maps over 0..n-1, no hotkey twice.
    const hotkeys: string[] = [];
    for (let uid = 0; uid < n; uid++) hotkeys.push((await after.keys(netuid, uid)).toString());
    const uids = await Promise.all(
      hotkeys.map(async (hotkey) => (await after.uids(netuid, hotkey)).toJSON()),
    );
    check(
      'uids ↔ hotkeys bijection',
      new Set(hotkeys).size === n && uids.every((uid, i) => uid === i),
      () => `block ${block}: n ${n}, uids ${JSON.stringify(uids)}`,
    );

    // Per-uid vectors: n entries each, u16 values in range (never negative, never NaN).
    const vectors = await Promise.all(
      ['incentive', 'dividends', 'consensus', 'validatorTrust', 'active', 'validatorPermit'].map(
        async (name) => ({
          name,
          values: list(await after[name]?.(netuid)),
        }),
      ),
    );
    for (const { name, values } of vectors) {
      const inRange = (value: unknown) =>
        typeof value === 'boolean' ||
        (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 65_535);
      check(
        `${name} well-formed`,
        values.length === n && values.every(inRange),
        () => `block ${block}: ${values}`,
      );
    }

    // Emission conserved: what the epoch paid equals the pending emission it drained (this block's share from
    // subtensor's coinbase formulas, coinbase-reference.ts, included), never more, and less only by the rounding
    // of Yuma's fixed-point shares (at most 1e-8 of it); the accumulators are empty afterwards.
    const parentHash = (await api.rpc.chain.getBlockHash(block - 1)).toHex();
    const added = expectBlock(await readSnapshot(api, parentHash, [netuid])).subnets.get(netuid);
    const pendingServer = big(await before.pendingServerEmission(netuid)) + (added?.server ?? 0n);
    const pendingValidator = big(await before.pendingValidatorEmission(netuid)) + (added?.validator ?? 0n);
    const pendingRoot =
      big(await before.pendingRootAlphaDivs(netuid)) + (added?.rootSell ? (added?.root ?? 0n) : 0n);
    const due = pendingServer + pendingValidator + pendingRoot;
    const emission = list(await after.emission(netuid)).map((value) => BigInt(value as number));
    const paid = emission.reduce((sum, value) => sum + value, 0n);
    check(
      'epoch emission = pending emission',
      paid <= due && due - paid <= due / 100_000_000n,
      () => `block ${block}: paid ${paid}, due ${due}`,
    );
    const drained =
      big(await after.pendingServerEmission(netuid)) +
      big(await after.pendingValidatorEmission(netuid)) +
      big(await after.pendingRootAlphaDivs(netuid));
    check('pending emission drained', drained === 0n, () => `block ${block}: ${drained} left`);

    // Each neuron's stake grew by what it was paid: a miner (no dividends) its incentive; a validator its
    // dividends' share of the pending validator alpha (all pending alpha when no miner earned), its delegate take
    // and the rest floored separately in U96F32, as subtensor pays them. Validators are the uids with weights.
    // `Emission` does not separate a uid's incentive from its dividends, and Yuma gives miners with a permit a few
    // rao of dividends, which the payout rescales to the pending validator alpha: a rao or two either way is allowed.
    const validators = await Promise.all(
      hotkeys.map(async (_, uid) => list(await before.weights(netuid, uid)).length > 0),
    );
    const minerPaid = emission.reduce((sum, e, uid) => (validators[uid] ? sum : sum + e), 0n);
    const stakes = await Promise.all(
      hotkeys.map(async (hotkey) => ({
        alpha: big(await before.totalHotkeyAlpha(hotkey, netuid)),
        root: big(await before.totalHotkeyAlpha(hotkey, 0)),
      })),
    );
    const shares = dividendDistribution(
      hotkeys.map((_, uid) => ({
        dividend: validators[uid] ? (emission[uid] ?? 0n) : 0n,
        stakes: stakes[uid]!,
      })),
      minerPaid > 0n ? pendingValidator : pendingValidator + pendingServer,
      pendingRoot,
      big(await before.taoWeight()),
    );
    for (const [uid, hotkey] of hotkeys.entries()) {
      if (hotkey === ownerHotkey) continue;
      const grown = big(await after.totalHotkeyAlpha(hotkey, netuid)) - stakes[uid]!.alpha;
      const take = num(await before.delegates(hotkey));
      const alpha = delegateTakeSplit(shares.alpha[uid]!, take);
      const root = delegateTakeSplit(shares.root[uid]!, take);
      const expected = validators[uid] ? alpha.take + alpha.rest + root.take : (emission[uid] ?? 0n);
      const off = grown > expected ? grown - expected : expected - grown;
      check(
        'stake grew by paid emission',
        off <= 2n + expected / 1_000_000_000n,
        () => `block ${block} uid ${uid}: grew ${grown}, paid ${expected}`,
      );
    }
  };
  return audit;
}
