/**
 * The weight emitter head by head against a chain that records every call and answers as scripted: when weights
 * are due, what each call carries, how each outcome is logged, counted and persisted, and the commit-reveal cycle
 * (reveal in the commit epoch + reveal period, recommit when the commit expired or was lost), and CR-v4 (one
 * timelocked commit that the chain reveals itself, noticed once the expected reveal block has passed).
 */
import { generateWeightHash, type Logger } from '@subnetkit/sdk';
import { beforeEach, describe, expect, it } from 'vitest';
import type {
  ChainHead,
  MetagraphView,
  ValidatorChain,
  WeightsOutcome,
  WeightsSettings,
} from '../chain/validator-chain.js';
import { resolveValidatorConfig } from '../config/validator-config.js';
import { createValidatorMetrics } from '../metrics/validator-metrics.js';
import type { ScoreTable } from '../scores/score-table.js';
import { createWeightEmitter, type WeightsLedger, type WeightsReport } from './weight-emitter.js';

const NETUID = 3;
const SELF = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY'; // //Alice
const head = (number: number): ChainHead => ({ number, hash: `0x${number.toString(16).padStart(64, '0')}` });
const metagraph: MetagraphView = {
  netuid: NETUID,
  block: 0,
  neurons: [SELF, 'miner-1', 'miner-2'].map((hotkey, uid) => ({
    uid,
    hotkey,
    axon: undefined,
    validatorPermit: uid === 0,
    lastUpdate: 0,
  })),
};

type Call = { method: string; parameters: Record<string, unknown> };
type LogLine = { level: string; fields: Record<string, unknown>; msg: string | undefined };

let calls: Call[];
let settingsQueries: unknown[];
let outcomes: WeightsOutcome[];
let epoch: number;
let settings: WeightsSettings;
let lines: LogLine[];
let ledger: WeightsLedger;
let persisted: number;
let reports: WeightsReport[];
let scores: ScoreTable;
let metrics: ReturnType<typeof createValidatorMetrics>;
let timelocked: number;
let timelockedQueries: unknown[];

/** Records the call and answers the next scripted outcome (default: ok, landed in block 50). */
const answer = (method: string) => async (parameters: Record<string, unknown>) => {
  calls.push({ method, parameters });
  return outcomes.shift() ?? { kind: 'ok' as const, block: 50, blockHash: '0xlanded' };
};
const chain: ValidatorChain = {
  subscribeHeads: async () => () => undefined,
  getMetagraph: async (parameters) => {
    calls.push({ method: 'getMetagraph', parameters });
    return metagraph;
  },
  getWeightsSettings: async (parameters) => {
    settingsQueries.push(parameters);
    return settings;
  },
  getEpochIndex: async (parameters) => {
    calls.push({ method: 'getEpochIndex', parameters });
    return epoch;
  },
  setWeights: answer('setWeights'),
  commitWeights: answer('commitWeights'),
  revealWeights: answer('revealWeights'),
  countTimelockedCommits: async (parameters) => {
    timelockedQueries.push(parameters);
    return timelocked;
  },
} as ValidatorChain;

const record =
  (level: string) =>
  (fields: object, msg?: string): void => {
    lines.push({ level, fields: fields as Record<string, unknown>, msg });
  };
const logger: Logger = {
  debug: record('debug'),
  info: record('info'),
  warn: record('warn'),
  error: record('error'),
  child: () => logger,
};

const emitter = (config = resolveValidatorConfig()) =>
  createWeightEmitter({
    chain,
    netuid: NETUID,
    hotkey: SELF,
    config,
    logger,
    metrics,
    ledger,
    scores: () => scores,
    persist: async () => {
      persisted++;
    },
    report: (report) => reports.push(report),
  });
const outcomeCount = async (action: string, outcome: string) =>
  (await metrics.weightsOutcomes.get()).values.find(
    (v) => v.labels.action === action && v.labels.outcome === outcome,
  )?.value ?? 0;
const weightCalls = () => calls.filter((c) => /Weights$/.test(c.method) && c.method !== 'getWeightsSettings');

beforeEach(() => {
  calls = [];
  settingsQueries = [];
  outcomes = [];
  epoch = 7;
  settings = {
    tempo: 10,
    minAllowedWeights: 1,
    maxWeightLimit: 1,
    versionKey: 4n,
    weightsRateLimit: 0,
    commitRevealEnabled: false,
    revealPeriodEpochs: 1,
  };
  lines = [];
  ledger = { lastWeightsBlock: null, pendingCommit: null };
  persisted = 0;
  reports = [];
  scores = new Map([
    ['miner-1', 0.5],
    ['miner-2', 1],
  ]);
  metrics = createValidatorMetrics();
  timelocked = 0;
  timelockedQueries = [];
});

describe('set_weights', () => {
  it('default: sets the weights of this block’s metagraph with the version key, then logs, counts and persists', async () => {
    await emitter().tick(head(20));
    expect(calls).toEqual([
      { method: 'getMetagraph', parameters: { netuid: NETUID, blockHash: head(20).hash } },
      {
        method: 'setWeights',
        parameters: { netuid: NETUID, uids: [1, 2], values: [32768, 65535], versionKey: 4n },
      },
    ]);
    expect(settingsQueries).toEqual([{ netuid: NETUID }]);
    expect(ledger.lastWeightsBlock).toBe(50);
    expect(persisted).toBe(1);
    expect((await metrics.lastWeightsBlock.get()).values[0]?.value).toBe(50);
    expect(await outcomeCount('set', 'ok')).toBe(1);
    expect(lines).toEqual([
      {
        level: 'info',
        fields: { action: 'set', block: 20, outcome: 'ok', uids: 2, landedIn: 50 },
        msg: 'weights set accepted',
      },
    ]);
    expect(reports).toEqual([
      {
        action: 'set',
        block: 20,
        outcome: { kind: 'ok', block: 50, blockHash: '0xlanded' },
        uids: [1, 2],
        values: [32768, 65535],
      },
    ]);
  });

  it('behavior: nothing before the first scores', async () => {
    scores = new Map();
    await emitter().tick(head(20));
    expect(calls).toEqual([]);
  });

  it('args: due exactly a tempo after the last accepted weights, not a block sooner', async () => {
    ledger.lastWeightsBlock = 50;
    await emitter().tick(head(59));
    expect(weightCalls()).toEqual([]);
    await emitter().tick(head(60));
    expect(weightCalls()).toHaveLength(1);
  });

  it('args: weightsEveryBlocks replaces the tempo, but never below the rate limit', async () => {
    ledger.lastWeightsBlock = 50;
    await emitter(resolveValidatorConfig({ weightsEveryBlocks: 3 })).tick(head(53));
    expect(weightCalls()).toHaveLength(1);
    ledger.lastWeightsBlock = 50;
    settings.weightsRateLimit = 5;
    await emitter(resolveValidatorConfig({ weightsEveryBlocks: 3 })).tick(head(54));
    expect(weightCalls()).toHaveLength(1);
    await emitter(resolveValidatorConfig({ weightsEveryBlocks: 3 })).tick(head(55));
    expect(weightCalls()).toHaveLength(2);
  });

  it('error: a refusal is logged as a warning with its detail, counted by reason, and retried at the next head', async () => {
    outcomes = [{ kind: 'Refused', reason: 'NoPermit', detail: 'no validator permit' }];
    const weights = emitter();
    await weights.tick(head(20));
    expect(ledger.lastWeightsBlock).toBeNull();
    expect(persisted).toBe(0);
    expect(lines).toEqual([
      {
        level: 'warn',
        fields: {
          action: 'set',
          block: 20,
          outcome: 'NoPermit',
          uids: 2,
          detail: { kind: 'Refused', reason: 'NoPermit', detail: 'no validator permit' },
        },
        msg: 'weights set refused; retrying',
      },
    ]);
    expect(await outcomeCount('set', 'NoPermit')).toBe(1);
    await weights.tick(head(21));
    expect(weightCalls()).toHaveLength(2);
    expect(ledger.lastWeightsBlock).toBe(50);
  });

  it('error: rate limited: retried at the block the chain names, not before', async () => {
    outcomes = [{ kind: 'RateLimited', nextBlock: 25 }];
    const weights = emitter();
    await weights.tick(head(20));
    await weights.tick(head(24));
    expect(weightCalls()).toHaveLength(1);
    await weights.tick(head(25));
    expect(weightCalls()).toHaveLength(2);
    expect(await outcomeCount('set', 'RateLimited')).toBe(1);
  });

  it('behavior: a refusal other than a rate limit leaves no waiting block behind', async () => {
    outcomes = [
      { kind: 'RateLimited', nextBlock: 30 },
      { kind: 'Refused', reason: 'Other' },
    ];
    const weights = emitter();
    await weights.tick(head(20));
    await weights.tick(head(30));
    await weights.tick(head(31));
    expect(weightCalls()).toHaveLength(3);
  });
});

describe('commit-reveal', () => {
  beforeEach(() => {
    settings.commitRevealEnabled = true;
    settings.revealPeriodEpochs = 2;
  });

  it('default: commits the hash of the weights and keeps what the reveal needs, under the epoch of the commit block', async () => {
    await emitter().tick(head(20));
    const [getMetagraph, commit, commitEpoch] = calls;
    expect(getMetagraph?.method).toBe('getMetagraph');
    expect(commit?.method).toBe('commitWeights');
    const { salt } = commit!.parameters as { salt: number[] };
    expect(salt).toHaveLength(8);
    expect(commit!.parameters).toEqual({
      netuid: NETUID,
      uids: [1, 2],
      values: [32768, 65535],
      salt,
      versionKey: 4n,
    });
    expect(commitEpoch).toEqual({
      method: 'getEpochIndex',
      parameters: { netuid: NETUID, blockHash: '0xlanded' },
    });
    expect(ledger.pendingCommit).toEqual({
      hash: generateWeightHash({
        hotkey: SELF,
        netuid: NETUID,
        uids: [1, 2],
        values: [32768, 65535],
        salt,
        versionKey: 4n,
      }),
      uids: [1, 2],
      values: [32768, 65535],
      salt,
      versionKey: '4',
      commitBlock: 50,
      commitEpoch: 7,
    });
    expect(ledger.lastWeightsBlock).toBe(50);
    expect(persisted).toBe(1);
  });

  it('error: a refused commit keeps nothing pending', async () => {
    outcomes = [{ kind: 'Refused', reason: 'CommitRevealDisabled' }];
    await emitter().tick(head(20));
    expect(ledger.pendingCommit).toBeNull();
    expect(calls.map((c) => c.method)).toEqual(['getMetagraph', 'commitWeights']);
  });

  describe('a pending commit', () => {
    beforeEach(async () => {
      await emitter().tick(head(20)); // committed in epoch 7: revealed in epoch 9
      calls = [];
      lines = [];
      persisted = 0;
    });

    it('args: nothing before the reveal epoch; the reveal carries the committed weights, salt and version key', async () => {
      const pending = ledger.pendingCommit!;
      epoch = 8;
      await emitter().tick(head(30));
      expect(calls).toEqual([
        { method: 'getEpochIndex', parameters: { netuid: NETUID, blockHash: head(30).hash } },
      ]);
      epoch = 9;
      await emitter().tick(head(40));
      expect(calls.at(-1)).toEqual({
        method: 'revealWeights',
        parameters: {
          netuid: NETUID,
          uids: [1, 2],
          values: [32768, 65535],
          salt: pending.salt,
          versionKey: 4n,
        },
      });
      expect(ledger.pendingCommit).toBeNull();
      expect(ledger.lastWeightsBlock).toBe(50);
      expect(persisted).toBe(1);
      expect(await outcomeCount('reveal', 'ok')).toBe(1);
    });

    it('error: past the reveal epoch the commit is dropped with a warning and weights are due again', async () => {
      epoch = 10;
      await emitter().tick(head(40));
      expect(weightCalls()).toEqual([]);
      expect(ledger).toEqual({ pendingCommit: null, lastWeightsBlock: null });
      expect(persisted).toBe(1);
      expect(lines).toEqual([
        {
          level: 'warn',
          fields: { commitEpoch: 7, epoch: 10 },
          msg: 'weight commit expired before its reveal; committing again',
        },
      ]);
    });

    it('behavior: RevealTooEarly and RateLimited keep the commit for the next head; RevealTooEarly is only debug', async () => {
      epoch = 9;
      outcomes = [{ kind: 'RevealTooEarly' }, { kind: 'RateLimited', nextBlock: 42 }];
      await emitter().tick(head(40));
      expect(ledger.pendingCommit).not.toBeNull();
      expect(lines).toEqual([
        {
          level: 'debug',
          fields: { action: 'reveal', block: 40, outcome: 'RevealTooEarly', uids: 2 },
          msg: 'reveal too early; waiting',
        },
      ]);
      await emitter().tick(head(41));
      expect(ledger.pendingCommit).not.toBeNull();
      expect(persisted).toBe(0);
      await emitter().tick(head(42));
      expect(ledger.pendingCommit).toBeNull();
    });

    it('behavior: a rate limit named for a reveal also holds the next commit until that block', async () => {
      const weights = emitter();
      epoch = 9;
      outcomes = [{ kind: 'RateLimited', nextBlock: 100 }];
      await weights.tick(head(40));
      await weights.tick(head(41)); // revealed
      expect(ledger.pendingCommit).toBeNull();
      await weights.tick(head(60)); // a tempo after the commit, but before block 100
      expect(calls.filter((c) => c.method === 'commitWeights')).toEqual([]);
      await weights.tick(head(100));
      expect(calls.filter((c) => c.method === 'commitWeights')).toHaveLength(1);
    });

    it('error: a refused reveal drops the lost commit and makes weights due at once', async () => {
      epoch = 9;
      outcomes = [{ kind: 'Refused', reason: 'InvalidRevealCommitHashNotMatch' }];
      await emitter().tick(head(40));
      expect(ledger).toEqual({ pendingCommit: null, lastWeightsBlock: null });
      expect(persisted).toBe(1);
    });
  });
});

describe('commit-reveal v4', () => {
  const committed: WeightsOutcome = {
    kind: 'committed',
    block: 51,
    blockHash: '0xcommitted',
    revealRound: 1234n,
    expectedRevealBlock: 70,
  };
  const expectedRevealBlock = async () => (await metrics.expectedRevealBlock.get()).values[0]?.value;

  beforeEach(() => {
    settings.commitRevealEnabled = true;
    settings.commitRevealVersion = 4;
    settings.tempo = 100; // no new weights due while the commit waits for its reveal
    outcomes = [committed];
  });

  it('default: one set_weights that the chain commits; logs the round and expected reveal block, exports it, persists', async () => {
    await emitter().tick(head(20));
    expect(weightCalls()).toEqual([
      {
        method: 'setWeights',
        parameters: { netuid: NETUID, uids: [1, 2], values: [32768, 65535], versionKey: 4n },
      },
    ]);
    expect(lines).toEqual([
      {
        level: 'info',
        fields: {
          action: 'commit',
          block: 20,
          outcome: 'committed',
          uids: 2,
          landedIn: 51,
          revealRound: '1234',
          expectedRevealBlock: 70,
        },
        msg: 'weights committed (CR-v4); the chain reveals them itself',
      },
    ]);
    expect(await outcomeCount('commit', 'committed')).toBe(1);
    expect(await expectedRevealBlock()).toBe(70);
    expect(ledger).toEqual({ lastWeightsBlock: 51, pendingCommit: null });
    expect(persisted).toBe(1);
    expect(reports).toEqual([
      { action: 'commit', block: 20, outcome: committed, uids: [1, 2], values: [32768, 65535] },
    ]);
    expect(timelockedQueries).toEqual([]);
  });

  it('args: version 4 exactly; below it, or unknown, or with commit-reveal off, the older paths', async () => {
    settings.commitRevealVersion = 3;
    outcomes = [];
    await emitter().tick(head(20));
    delete settings.commitRevealVersion;
    ledger = { lastWeightsBlock: null, pendingCommit: null };
    await emitter().tick(head(20));
    expect(weightCalls().map((c) => c.method)).toEqual(['commitWeights', 'commitWeights']);
    settings.commitRevealEnabled = false;
    settings.commitRevealVersion = 4;
    ledger = { lastWeightsBlock: null, pendingCommit: null };
    reports = [];
    await emitter().tick(head(20));
    expect(reports.map((r) => r.action)).toEqual(['set']);
  });

  it('behavior: asks the chain from the expected reveal block on, and reports the reveal once no commit is left', async () => {
    const weights = emitter();
    await weights.tick(head(20));
    lines = [];
    reports = [];
    await weights.tick(head(69));
    expect(timelockedQueries).toEqual([]);
    timelocked = 1;
    await weights.tick(head(70));
    expect(timelockedQueries).toEqual([{ netuid: NETUID }]);
    expect(reports).toEqual([]);
    expect(await expectedRevealBlock()).toBe(70);
    timelocked = 0;
    await weights.tick(head(71));
    expect(lines).toEqual([
      {
        level: 'info',
        fields: { block: 71, committedIn: 51, expected: 70 },
        msg: 'weights revealed by the chain',
      },
    ]);
    expect(reports).toEqual([
      {
        action: 'reveal',
        block: 71,
        outcome: { kind: 'ok', block: 71, blockHash: head(71).hash },
        uids: [1, 2],
        values: [32768, 65535],
      },
    ]);
    expect(await outcomeCount('reveal', 'ok')).toBe(1);
    expect(await expectedRevealBlock()).toBe(0);
    await weights.tick(head(72));
    expect(timelockedQueries).toHaveLength(2);
    expect(reports).toHaveLength(1);
  });

  it('behavior: revealed in the expected block itself', async () => {
    const weights = emitter();
    await weights.tick(head(20));
    await weights.tick(head(70));
    expect(reports.map((r) => [r.action, r.block])).toEqual([
      ['commit', 20],
      ['reveal', 70],
    ]);
  });

  it('error: a refused commit leaves nothing to wait for and weights due at the next head', async () => {
    outcomes = [{ kind: 'Refused', reason: 'NotEnoughStakeToSetWeights' }];
    const weights = emitter();
    await weights.tick(head(20));
    expect(ledger).toEqual({ lastWeightsBlock: null, pendingCommit: null });
    expect(persisted).toBe(0);
    expect(await expectedRevealBlock()).toBe(0);
    await weights.tick(head(70));
    expect(timelockedQueries).toEqual([]);
    expect(weightCalls()).toHaveLength(2);
  });
});
