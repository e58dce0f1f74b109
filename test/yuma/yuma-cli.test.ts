import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CONTRACT_OUTPUT_KEYS, loadVectors, stepInput } from '@subnetkit/chain/yuma/vectors';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../cli/bin/subnetkit.js', import.meta.url));

function runEpoch(stdin: string) {
  const result = spawnSync(process.execPath, [BIN, 'yuma', 'epoch'], { input: stdin, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const vectors = loadVectors();
const bonds = vectors.epoch_cases.find((c) => c.id === 'epoch.test_bonds')!;

function pick(output: Record<string, unknown>) {
  return Object.fromEntries(CONTRACT_OUTPUT_KEYS.map((k) => [k, output[k]]));
}

describe('subnetkit yuma epoch', () => {
  it('default: one step input gives the reference outputs', () => {
    const step = bonds.steps[3];
    const { code, stdout, stderr } = runEpoch(JSON.stringify(stepInput(bonds, step)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(pick(JSON.parse(stdout))).toEqual(pick(step.reference_outputs));
  });

  it('args: an array of step inputs gives an array of outputs in order', () => {
    const { code, stdout } = runEpoch(JSON.stringify(bonds.steps.map((s) => stepInput(bonds, s))));
    expect(code).toBe(0);
    const outputs = JSON.parse(stdout) as Record<string, unknown>[];
    expect(outputs.map(pick)).toEqual(bonds.steps.map((s) => pick(s.reference_outputs)));
  });

  it('behavior: u64 values above 2^53 are read exactly and written as decimal strings', () => {
    const input = stepInput(bonds, bonds.steps[3]) as { state_before: Record<string, unknown> };
    // Stakes scaled by 10^16 keep their ratios, so every share but the raw stake stays the same.
    const raw = input.state_before.stake_alpha_raw as number[];
    const big = raw.map((s) => `${BigInt(s) * 10n ** 16n}`);
    const text = JSON.stringify({
      ...input,
      state_before: { ...input.state_before, stake_alpha_raw: 0 },
    }).replace('"stake_alpha_raw":0', `"stake_alpha_raw":[${big.join(',')}]`);
    const { code, stdout } = runEpoch(text);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(out.stake).toEqual(big.map((s) => (BigInt(s) <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(s) : s)));
    expect(out.incentive_u16).toEqual(bonds.steps[3].reference_outputs.incentive_u16);
  });

  type Step = any;
  const valid = (): Step => JSON.parse(JSON.stringify(stepInput(bonds, bonds.steps[3])));
  const badInputs: Array<[string, (x: Step) => unknown, RegExp]> = [
    [
      'missing field',
      (x) => {
        delete x.params.kappa;
        return x;
      },
      /params\.kappa/,
    ],
    [
      'wrong length',
      (x) => {
        x.state_before.stake_alpha_raw.pop();
        return x;
      },
      /stake_alpha_raw: expected 8 entries/,
    ],
    [
      'out-of-range uid',
      (x) => {
        x.state_before.weights_stored_u16[0][0][0] = 99;
        return x;
      },
      /weights_stored_u16\[0\]\[0\]\[0\]: uid 99 is out of range/,
    ],
    [
      'non-integer',
      (x) => {
        x.block = 1.5;
        return x;
      },
      /\$\.block: expected an integer/,
    ],
    [
      'u16 overflow',
      (x) => {
        x.params.kappa = 70000;
        return x;
      },
      /params\.kappa: 70000 is out of range/,
    ],
    ['bad element of an array input', (x) => [x, { ...x, rao_emission: -1 }], /\$\[1\]\.rao_emission/],
  ];
  for (const [name, mutate, message] of badInputs) {
    it(`error: ${name} exits non-zero, names the field and prints nothing`, () => {
      const { code, stdout, stderr } = runEpoch(JSON.stringify(mutate(valid())));
      expect(code).not.toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
    });
  }

  it('error: invalid JSON exits non-zero', () => {
    const { code, stdout, stderr } = runEpoch('{"params": ');
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/not valid JSON/);
  });
});
