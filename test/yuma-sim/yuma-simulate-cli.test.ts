import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { yumaCommand } from '../../cli/src/commands/yuma.js';
import { processIo } from '../../cli/src/framework/cli-io.js';

const SCENARIO = fileURLToPath(new URL('../../docs/scenarios/cabal.json', import.meta.url));
const dirs: string[] = [];
const tmp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'yuma-sim-'));
  dirs.push(dir);
  return dir;
};

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    stdout += String(s);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    stderr += String(s);
    return true;
  });
  try {
    return { code: await yumaCommand(args, processIo()), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('subnetkit yuma simulate', () => {
  it('default: prints the summary table and writes CSV, JSON and SVG into --out', async () => {
    const out = join(tmp(), 'out');
    const { code, stdout } = await run(['simulate', SCENARIO, '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('variant kappa-0.5');
    expect(stdout).toMatch(/colluder\s+2\s+40\.0%/);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.variants).toHaveLength(2);
    const csv = readFileSync(join(out, 'kappa-0.5', 'epochs.csv'), 'utf8')
      .trim()
      .split('\n');
    expect(csv[0]).toBe('epoch,uid,name,role,strategy,quality,incentive,dividends,emission_rao');
    expect(csv).toHaveLength(1 + 30 * 13);
    expect(JSON.parse(readFileSync(join(out, 'kappa-0.5', 'epochs.json'), 'utf8')).rows).toHaveLength(
      30 * 13,
    );
    for (const chart of ['emission-by-strategy.svg', 'emission-by-neuron.svg']) {
      const svg = readFileSync(join(out, 'kappa-0.3', chart), 'utf8');
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg).toContain('<path d="M');
    }
  });

  it('error: a bad scenario names the field, exits non-zero and writes nothing', async () => {
    const dir = tmp();
    const bad = JSON.parse(readFileSync(SCENARIO, 'utf8'));
    bad.validators[1].stake = -3;
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const out = join(dir, 'out');
    const { code, stderr } = await run(['simulate', join(dir, 'bad.json'), '--out', out]);
    expect(code).toBe(2);
    expect(stderr).toContain('validators[1].stake');
    expect(existsSync(out)).toBe(false);
  });

  it('error: unreadable JSON exits non-zero', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'broken.json'), '{ nope');
    const { code, stderr } = await run(['simulate', join(dir, 'broken.json')]);
    expect(code).toBe(2);
    expect(stderr).toContain('cannot read');
  });
});
