import { describe, expect, it } from 'vitest';
import { prettyLogLine } from './pretty-log-line.js';

describe('prettyLogLine', () => {
  it('default: time, level, name and message first, then the fields as key=value', () => {
    const line = JSON.stringify({
      level: 'info',
      time: Date.UTC(2026, 0, 1, 12, 3, 4),
      name: 'validator',
      pid: 42,
      step: 3,
      hotkey: '5F…',
      msg: 'step completed',
    });
    expect(prettyLogLine(`${line}\n`)).toBe('12:03:04 INFO  validator step completed step=3 hotkey=5F…\n');
  });

  it("behavior: a validator's per-miner scores as one indented line per miner, addresses short, fractions to 4 places", () => {
    const line = JSON.stringify({
      level: 'debug',
      time: 0,
      name: 'validator',
      msg: 'step scores',
      step: 7,
      miners: [
        {
          uid: 2,
          hotkey: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
          status: 200,
          score: 0.123456789,
          average: 0.5,
          elapsedMs: 12,
        },
        {
          uid: 3,
          hotkey: '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty',
          status: 408,
          score: 0,
          average: 0.25,
        },
      ],
    });
    expect(prettyLogLine(line)).toBe(
      [
        '00:00:00 DEBUG validator step scores step=7 miners=2',
        '  uid=2 hotkey=5GrwvaEF…utQY status=200 score=0.1235 average=0.5 elapsedMs=12',
        '  uid=3 hotkey=5FHneW46…94ty status=408 score=0 average=0.25',
        '',
      ].join('\n'),
    );
  });

  it('behavior: other nested values as JSON, long hex short; a line that is not a JSON object comes back as it was', () => {
    const line = JSON.stringify({
      level: 'warn',
      time: 0,
      msg: 'x',
      block: { number: 4, hash: `0x${'ab'.repeat(32)}` },
      hash: `0x${'cd'.repeat(32)}`,
      empty: [],
    });
    expect(prettyLogLine(line)).toBe(
      `00:00:00 WARN  x block={"number":4,"hash":"0x${'ab'.repeat(32)}"} hash=0xcdcdcd…cdcd empty=[]\n`,
    );
    expect(prettyLogLine('plain text\n')).toBe('plain text\n');
    expect(prettyLogLine('[1,2]\n')).toBe('[1,2]\n');
  });
});
