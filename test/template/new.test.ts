/**
 * `subnetkit new`: the project it writes installs from the npm cache (the framework packages come
 * through file: links into this checkout) and its own tests pass.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli } from '@subnetkit/cli';
import { afterAll, describe, expect, it } from 'vitest';

const CHECKOUT = fileURLToPath(new URL('../../', import.meta.url));

async function subnetkitNew(args: string[]) {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  const code = await runCli(['new', ...args], {
    stdout: sink((text) => (stdout += text)),
    stderr: sink((text) => (stderr += text)),
  });
  return { code, stdout, stderr };
}

function npm(cwd: string, args: string[]) {
  // Without the parent's npm_* variables, which would point the child npm at this workspace.
  const env = {
    ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))),
    NO_COLOR: '1',
    SUBNETKIT_SKIP_E2E: '1', // the devnet run of the template already runs in the root suite
  };
  const result = spawnSync('npm', args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('subnetkit new', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'subnetkit-new-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('default: writes a project that installs and whose tests pass', async () => {
    const dir = join(tmp, 'my-subnet');
    const { code, stdout, stderr } = await subnetkitNew(['my-subnet', '--dir', dir]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`wrote my-subnet in ${dir}`);

    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(manifest.name).toBe('my-subnet');
    for (const folder of ['chain', 'sdk', 'miner', 'validator']) {
      expect(manifest.dependencies[`@subnetkit/${folder}`]).toBe(`file:${join(CHECKOUT, folder)}`);
    }
    for (const path of [
      'src/protocol.ts',
      'src/miner.ts',
      'src/validator.ts',
      'models/mlp.onnx',
      'README.md',
    ]) {
      expect(existsSync(join(dir, path)), path).toBe(true);
    }
    for (const path of ['node_modules', 'dist']) expect(existsSync(join(dir, path)), path).toBe(false);

    const install = npm(dir, ['install', '--prefer-offline', '--no-audit', '--no-fund']);
    expect(install.code, install.output).toBe(0);
    // The framework stays untouched: the links resolve its dependencies from the checkout.
    expect(existsSync(join(CHECKOUT, 'miner', 'node_modules', 'onnxruntime-node'))).toBe(false);
    const test = npm(dir, ['test']);
    expect(test.code, test.output).toBe(0);
    expect(test.output).toMatch(/Test Files\s+3 passed/);
  }, 180_000);

  it('error: an invalid package name or a non-empty folder is refused, nothing written', async () => {
    const bad = await subnetkitNew(['My Subnet', '--dir', join(tmp, 'bad')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('not a valid npm package name');
    expect(existsSync(join(tmp, 'bad'))).toBe(false);

    const taken = join(tmp, 'taken');
    mkdirSync(taken);
    writeFileSync(join(taken, 'keep.txt'), 'mine');
    const exists = await subnetkitNew(['taken', '--dir', taken]);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain('already exists and is not empty');
    expect(existsSync(join(taken, 'package.json'))).toBe(false);

    const usage = await subnetkitNew([]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('expected exactly one project name');
  });
});
