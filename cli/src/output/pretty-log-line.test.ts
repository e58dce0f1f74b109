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

  it('behavior: nested values as JSON; a line that is not a JSON object comes back as it was', () => {
    const line = JSON.stringify({
      level: 'debug',
      time: 0,
      msg: 'step scores',
      miners: [{ uid: 1, score: 0.5 }],
    });
    expect(prettyLogLine(line)).toBe('00:00:00 DEBUG step scores miners=[{"uid":1,"score":0.5}]\n');
    expect(prettyLogLine('plain text\n')).toBe('plain text\n');
    expect(prettyLogLine('[1,2]\n')).toBe('[1,2]\n');
  });
});
