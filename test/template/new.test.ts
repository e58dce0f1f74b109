/**
 * `subnetkit new`: the project it writes is the installed template package's files (all it packs but its build)
 * with a manifest of its own that takes the framework from the registry by semver range. That it installs from a
 * registry and its tests pass there is test/registry/registry.test.ts.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli } from '@subnetkit/cli';
import { afterAll, describe, expect, it } from 'vitest';

const CHECKOUT = fileURLToPath(new URL('../../', import.meta.url));
const TEMPLATE = join(CHECKOUT, 'subnet-template');

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

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('subnetkit new', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'subnetkit-new-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('default: writes the template files and a manifest that takes the framework from the registry', async () => {
    const dir = join(tmp, 'my-subnet');
    const { code, stdout, stderr } = await subnetkitNew(['my-subnet', '--dir', dir]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`wrote my-subnet in ${dir}`);

    const template = JSON.parse(readFileSync(join(TEMPLATE, 'package.json'), 'utf8'));
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(manifest).toEqual({
      name: 'my-subnet',
      version: '0.1.0',
      description: 'my-subnet: a subnet made with subnetkit new',
      type: 'module',
      engines: template.engines,
      scripts: template.scripts,
      dependencies: template.dependencies,
      devDependencies: template.devDependencies,
    });
    for (const name of ['chain', 'sdk', 'miner', 'validator']) {
      expect(manifest.dependencies[`@subnetkit/${name}`]).toBe(`^${template.version}`);
    }

    // The template's packed files (its `files`, less `dist`, plus README.md); .gitignore under its own name.
    const copied = template.files
      .filter((entry: string) => entry !== 'dist')
      .flatMap((entry: string) => {
        const path = join(TEMPLATE, entry);
        return statSync(path).isDirectory() ? filesUnder(path).map((file) => join(entry, file)) : [entry];
      })
      .map((file: string) => (file === 'gitignore' ? '.gitignore' : file));
    expect(filesUnder(dir)).toEqual([...copied, 'README.md', 'package.json', 'tsconfig.json'].sort());
    for (const path of [
      'src/protocol.ts',
      'src/miner.ts',
      'src/validator.ts',
      'src/config.ts',
      'models/mlp.onnx',
      'scripts/generate-models.ts',
      'test/subnet.e2e.test.ts',
      'test/gaming.e2e.test.ts',
      'vitest.config.ts',
    ]) {
      expect(copied, path).toContain(path);
    }
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toContain('node_modules/');

    // Nothing points back into this checkout, and nothing selects the framework's TypeScript sources.
    for (const file of ['package.json', 'tsconfig.json', 'vitest.config.ts']) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text, file).not.toContain(CHECKOUT);
      expect(text, file).not.toContain('file:');
      expect(text, file).not.toMatch(/conditions/i);
    }
  });

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
