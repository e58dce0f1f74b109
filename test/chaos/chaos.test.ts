/**
 * The whole system under random faults: a devnet process, 2 validator processes on BullMQ (real Redis, AOF on), 6
 * miners with real axons (2 behind delay proxies), for a dozen epochs (CI form) or `CHAOS_MINUTES` minutes (long
 * form), while a seeded schedule crashes miners, SIGKILLs validators, Redis and the devnet, and slows the network.
 * Invariants: every live validator sets weights every tempo, no persisted score is lost across a SIGKILL, and at
 * every epoch the chain's accounting holds (see chain-audit.ts). `CHAOS_SEED` replays a run's schedule.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import {
  createKeypair,
  createSigner,
  createSubtensorClient,
  cryptoReady,
  type SubtensorClient,
} from '@subnetkit/sdk';
import { parseStateFile } from '@subnetkit/validator';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createRedisServer, freePort, type RedisServer } from '../validator/redis-server.js';
import { createChainAudit } from './chain-audit.js';
import { AXON_HOST, type ChaosMiner, startChaosMiner } from './chaos-miner.js';
import { MINER_FACTORS, MINER_URIS, OWNER_HOTKEY_URI, VALIDATOR_URIS } from './chaos-subnet.js';
import { type ChaosChild, spawnChaosChild } from './child-process.js';
import { type DelayProxy, startDelayProxy } from './delay-proxy.js';
import { type Fault, faultSchedule } from './fault-schedule.js';
import { registerChaosSubnet } from './register-chaos-subnet.js';
import { isDisconnected, whileReconnecting } from './while-reconnecting.js';

const SEED = process.env.CHAOS_SEED ?? randomBytes(4).toString('hex');
const MINUTES = Number(process.env.CHAOS_MINUTES ?? 0);
const LONG = MINUTES > 0;
const TEMPO = 12;
const BLOCK_MS = 300;
const WEIGHTS_EVERY_BLOCKS = 4;
const PROXIED_MINERS = [1, 4];
const PROXY_DELAY_MS = 20;
const CI_FAULTS = 6;
/** With `CHAOS_VERBOSE=1`, one line per stage and fault on stderr. */
const progress = (text: string) => {
  if (process.env.CHAOS_VERBOSE === '1') process.stderr.write(`chaos ${new Date().toISOString()} ${text}\n`);
};

type Scores = Record<string, number>;
type Line = { kind: string; step?: number; outcome?: string; scores?: Scores };
/** A validator child's JSON line; other output (a library's warning) reads as `{ kind: 'other' }`. */
const parse = (line: string): Line => (line.startsWith('{') ? (JSON.parse(line) as Line) : { kind: 'other' });

const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
});

/** Block ranges in which a validator is excused from setting weights (it, or the chain, was down). */
type Excuse = { readonly uid: number | 'all'; readonly from: number; readonly to: number };

// Needs redis-server, which it SIGKILLs and restarts; without one it skips (test/support/redis-global-setup.ts).
const { server } = inject('redis');
describe.skipIf(!server)(`chaos (CHAOS_SEED=${SEED}${LONG ? `, CHAOS_MINUTES=${MINUTES}` : ''})`, () => {
  it(
    'behavior: weights every tempo, no score lost, chain accounting sound, under seeded faults',
    async () => {
      await cryptoReady();
      const dir = await mkdtemp(join(tmpdir(), 'subnetkit-chaos-'));
      cleanups.push(() => rm(dir, { recursive: true, force: true }));

      const redis: RedisServer = createRedisServer(await freePort(), { persistent: true });
      cleanups.push(() => redis.dispose());
      await redis.start();

      const devnetPort = await freePort();
      const chainDir = join(dir, 'chain');
      const startDevnetChild = async (mode: 'instant' | 'interval') => {
        const child = spawnChaosChild('devnet-child.ts', [
          String(devnetPort),
          chainDir,
          mode,
          String(BLOCK_MS),
        ]);
        await child.waitForLine((line) => line.startsWith('devnet ready'));
        return child;
      };
      let devnet = await startDevnetChild('instant');
      cleanups.push(() => devnet.stop('SIGKILL'));
      progress('devnet up');
      const url = `ws://127.0.0.1:${devnetPort}`;
      const client: SubtensorClient = await createSubtensorClient({ url, reconnectDelayMs: 100 });
      cleanups.push(() => client.disconnect());
      const head = () =>
        whileReconnecting(async () => (await client.api.rpc.chain.getHeader()).number.toNumber());

      const validatorSigners = VALIDATOR_URIS.map((uri) => createSigner(createKeypair({ uri })));
      const miners: ChaosMiner[] = await Promise.all(
        MINER_URIS.map((uri, i) =>
          startChaosMiner(
            createSigner(createKeypair({ uri })),
            MINER_FACTORS[i] as number,
            validatorSigners.map((s) => s.address),
          ),
        ),
      );
      cleanups.push(() => Promise.all(miners.map((miner) => miner.crash())));
      const proxies = new Map<number, DelayProxy>();
      for (const i of PROXIED_MINERS) {
        const proxy = await startDelayProxy(AXON_HOST, (miners[i] as ChaosMiner).port, PROXY_DELAY_MS);
        proxies.set(i, proxy);
        cleanups.push(() => proxy.close());
      }
      const netuid = await registerChaosSubnet(client, {
        tempo: TEMPO,
        validators: validatorSigners,
        miners: miners.map((miner, i) => ({
          signer: miner.signer,
          servedPort: proxies.get(i)?.port ?? miner.port,
        })),
        axonHost: AXON_HOST,
      });
      progress(`subnet ${netuid} registered`);
      // Setup ran on instant blocks; from here on blocks come every BLOCK_MS, as on a live chain.
      await devnet.stop('SIGTERM');
      devnet = await startDevnetChild('interval');
      const uidOf = (hotkey: string) =>
        whileReconnecting(async () =>
          Number((await client.api.query.subtensorModule.uids(netuid, hotkey)).toJSON()),
        );
      const validatorUids = await Promise.all(validatorSigners.map((s) => uidOf(s.address)));

      const validators: ChaosChild[] = [];
      const stateFile = (i: number) => join(dir, `validator-${i}.json`);
      const prefixes = validatorSigners.map(() => `chaos-${randomUUID()}`);
      const startValidator = async (i: number) => {
        const child = spawnChaosChild('validator-child.ts', [
          url,
          String(netuid),
          VALIDATOR_URIS[i] as string,
          redis.url,
          prefixes[i] as string,
          stateFile(i),
          String(WEIGHTS_EVERY_BLOCKS),
        ]);
        validators[i] = child;
        return parse(await child.waitForLine((line) => parse(line).kind === 'restored', 90_000));
      };
      cleanups.push(() => Promise.all(validators.map((v) => v.stop('SIGKILL'))));
      await Promise.all(validatorSigners.map((_, i) => startValidator(i)));
      progress('validators up');

      // Warm-up: both validators get permits at the first epoch and then set weights (commit-reveal is on, as on
      // subtensor: a CR-v4 commit, revealed by the chain an epoch later).
      const weightsOk = (i: number) =>
        (validators[i] as ChaosChild).lines.some((l) => ['ok', 'committed'].includes(parse(l).outcome ?? ''));
      while (!(weightsOk(0) && weightsOk(1))) {
        await sleep(1000);
        progress(
          `waiting for weights: ${validators.map((v) => v.lines.filter((l) => parse(l).kind === 'weights').length)} calls`,
        );
      }
      const checkFrom = await head();
      progress(`both validators set weights; auditing from block ${checkFrom}`);
      const audit = createChainAudit(
        url,
        netuid,
        checkFrom,
        createKeypair({ uri: OWNER_HOTKEY_URI }).address,
      );
      cleanups.push(() => audit.close());
      let auditing = true;
      const auditLoop = (async () => {
        while (auditing) {
          await audit.catchUp().catch((error: unknown) => {
            if (!isDisconnected(error)) throw error;
          });
          await sleep(500);
        }
      })();

      // Faults, one at a time.
      const excuses: Excuse[] = [];
      const injected: Record<string, number> = {};
      const scoreChecks = { restarts: 0, hotkeysCompared: 0 };
      const scoreViolations: string[] = [];
      const inject = async (fault: Fault) => {
        const from = await head();
        switch (fault.kind) {
          case 'miner-crash': {
            const miner = miners[fault.target] as ChaosMiner;
            await miner.crash();
            await sleep(fault.downMs);
            await miner.restart();
            break;
          }
          case 'network-delay': {
            const proxy = proxies.get(fault.target) as DelayProxy;
            proxy.delayMs = fault.delayMs;
            await sleep(fault.downMs);
            proxy.delayMs = PROXY_DELAY_MS;
            break;
          }
          case 'redis-restart':
            await redis.stop('SIGKILL');
            await sleep(fault.downMs);
            await redis.start();
            break;
          case 'devnet-restart': {
            await devnet.stop('SIGKILL');
            await sleep(fault.downMs);
            devnet = await startDevnetChild('interval');
            excuses.push({ uid: 'all', from, to: (await head()) + WEIGHTS_EVERY_BLOCKS + 2 });
            break;
          }
          case 'validator-kill': {
            const i = fault.target;
            const child = validators[i] as ChaosChild;
            // Freeze it, read what it persisted, then kill it: nothing can be written in between.
            child.child.kill('SIGSTOP');
            const persisted = parseStateFile(await readFile(stateFile(i), 'utf8'), stateFile(i));
            const reported = child.lines
              .map(parse)
              .filter((l) => l.kind === 'step')
              .at(-1);
            await child.stop('SIGKILL');
            await sleep(fault.downMs);
            const restored = await startValidator(i);
            excuses.push({
              uid: validatorUids[i] as number,
              from,
              to: (await head()) + WEIGHTS_EVERY_BLOCKS + 2,
            });
            const expected = Object.fromEntries(persisted.scores);
            scoreChecks.restarts++;
            scoreChecks.hotkeysCompared += persisted.scores.size;
            // The restarted process holds exactly what was persisted, hotkey by hotkey.
            if (restored.step !== persisted.step || !isDeepStrictEqual(restored.scores, expected)) {
              scoreViolations.push(
                `validator ${i}: persisted step ${persisted.step} ${JSON.stringify(expected)}, restored step ${restored.step} ${JSON.stringify(restored.scores)}`,
              );
            }
            // What it reported as done was persisted: the state's step is one past the last reported step or later,
            // with the reported scores when it is exactly that one.
            const last = reported?.step;
            if (
              last !== undefined &&
              (persisted.step < last + 1 ||
                (persisted.step === last + 1 && !isDeepStrictEqual(reported?.scores, expected)))
            ) {
              scoreViolations.push(
                `validator ${i}: reported step ${last} ${JSON.stringify(reported?.scores)}, persisted ${persisted.step}`,
              );
            }
            break;
          }
        }
        injected[fault.kind] = (injected[fault.kind] ?? 0) + 1;
      };
      const began = performance.now();
      const schedule = faultSchedule({
        seed: SEED,
        count: LONG ? 10_000 : CI_FAULTS,
        miners: miners.length,
        validators: validators.length,
        proxiedMiners: PROXIED_MINERS,
      });
      for (const { pauseMs, fault } of schedule) {
        if (LONG && performance.now() - began > MINUTES * 60_000) break;
        await sleep(pauseMs);
        progress(
          `fault ${JSON.stringify(fault)} at block ${await head()}; ${audit.epochs.length} epochs audited, ${audit.violations.length} violations`,
        );
        await inject(fault);
      }
      // Two quiet tempos, so the last fault's tempo is followed by checked ones.
      const quietUntil = (await head()) + 2 * (TEMPO + 1);
      while ((await head()) < quietUntil) await sleep(200);
      auditing = false;
      await auditLoop;
      await whileReconnecting(() => audit.catchUp());

      // Weights every tempo: between consecutive epochs, each validator set weights unless excused.
      const missed: string[] = [];
      let windowsChecked = 0;
      for (let e = 1; e < audit.epochs.length; e++) {
        const [start, end] = [audit.epochs[e - 1] as number, audit.epochs[e] as number];
        for (const uid of validatorUids) {
          const excused = excuses.some(
            (x) => (x.uid === 'all' || x.uid === uid) && x.from <= end && x.to > start,
          );
          if (excused) continue;
          windowsChecked++;
          const set = [...(audit.weightBlocks.get(uid) ?? [])].some((b) => b > start && b <= end);
          if (!set) missed.push(`uid ${uid} set no weights in (${start}, ${end}]`);
        }
      }
      const figures = {
        seed: SEED,
        minutes: Math.round((performance.now() - began) / 600) / 100,
        blocks: [checkFrom, await head()],
        epochs: audit.epochs.length,
        faults: injected,
        weightWindowsChecked: windowsChecked,
        scoreRestartsChecked: scoreChecks,
        chainChecksPassed: audit.passed,
        unreadableBlocks: audit.unreadable,
      };
      process.stdout.write(`chaos figures ${JSON.stringify(figures)}\n`);
      const context = `CHAOS_SEED=${SEED} ${JSON.stringify(figures)}`;
      expect(missed, context).toEqual([]);
      expect(scoreViolations, context).toEqual([]);
      expect(audit.violations, context).toEqual([]);
      expect(audit.epochs.length, context).toBeGreaterThanOrEqual(LONG ? 10 : 4);
      expect(windowsChecked, context).toBeGreaterThan(0);
      expect(scoreChecks.restarts, context).toBeGreaterThan(0);
      for (const name of [
        'epoch emission = pending emission',
        'uids ↔ hotkeys bijection',
        'stake grew by paid emission',
      ]) {
        expect(audit.passed[name] ?? 0, context).toBeGreaterThan(0);
      }
    },
    LONG ? MINUTES * 60_000 + 180_000 : 175_000,
  );
});
