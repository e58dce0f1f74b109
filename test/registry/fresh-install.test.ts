/**
 * `npm install` on a fresh clone prints no warning that comes from this repository's configuration. The root and
 * workspace manifests and the lockfile, copied alone into an empty folder (a clone before its first install), go
 * through `npm ci --dry-run` offline with a bare home (no user config): npm reads the configuration and the whole
 * locked tree and would warn about an unknown config key or a package whose `engines` excludes this Node
 * (EBADENGINE), without downloading or running anything. npm 11 also warns about install scripts that
 * package.json's `allowScripts` neither allows nor denies: every locked package with one must be named there.
 * Deprecation notices come from the registry's metadata at install time and are not checked offline.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../cli/helpers.js';
import { checkout } from '../support/shell-blocks.js';

const run$ = promisify(execFile);
type Manifest = { workspaces: string[]; allowScripts: Record<string, boolean> };
type Lockfile = { packages: Record<string, { hasInstallScript?: boolean }> };
const manifest = JSON.parse(readFileSync(join(checkout, 'package.json'), 'utf8')) as Manifest;
const lockfile = JSON.parse(readFileSync(join(checkout, 'package-lock.json'), 'utf8')) as Lockfile;
const clone = tempDir('subnetkit-fresh-clone-');
const home = tempDir('subnetkit-fresh-home-');
afterAll(() => {
  clone.remove();
  home.remove();
});

describe('a fresh install', () => {
  it('default: npm ci on the manifests and lockfile alone prints no warning', {
    timeout: 60_000,
  }, async () => {
    for (const file of ['package.json', 'package-lock.json'])
      cpSync(join(checkout, file), join(clone.path, file));
    for (const workspace of manifest.workspaces) {
      mkdirSync(join(clone.path, workspace));
      cpSync(join(checkout, workspace, 'package.json'), join(clone.path, workspace, 'package.json'));
    }
    const { stdout, stderr } = await run$(
      'npm',
      ['ci', '--dry-run', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'],
      { cwd: clone.path, env: { PATH: process.env.PATH ?? '', HOME: home.path } },
    );
    expect(stdout).toMatch(/^added \d+ packages/m);
    expect(stderr.split('\n').filter((line) => /warn/i.test(line))).toEqual([]);
  });

  it('default: every locked package with an install script is allowed or denied in allowScripts', () => {
    const withScripts = Object.entries(lockfile.packages)
      .filter(([, entry]) => entry.hasInstallScript === true)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(withScripts.length).toBeGreaterThan(0);
    expect(withScripts.filter((name) => !(name in manifest.allowScripts))).toEqual([]);
  });
});
