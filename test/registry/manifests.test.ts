/**
 * What `npm publish --workspaces` would publish, checked without a registry: every published package's manifest
 * (one version, `^` ranges between them, exports, engines, license, repository, README) and the file list
 * `npm pack` makes (its build, nothing of the tests or the build cache, nothing that points into this checkout).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npm } from './npm.js';
import {
  type PackageJson,
  publishableWorkspaces,
  ROOT,
  readWorkspaces,
  setVersion,
  versionProblems,
} from './workspaces.js';

const published = publishableWorkspaces();
const LICENSE = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
const DOCS = 'https://github.com/subnetkit/subnetkit/blob/main/docs/';

type Exports = Record<string, string | Record<string, string>>;

/** An export's targets by condition; a plain string is the `default` target. */
function conditions(target: string | Record<string, string>): Record<string, string> {
  return typeof target === 'string' ? { default: target } : target;
}

/** A subpath whose only condition is `source` exists for the repository's own tests; installs never reach it. */
function devOnly(target: string | Record<string, string>): boolean {
  return Object.keys(conditions(target)).join() === 'source';
}

describe('published packages', () => {
  it('default: at least the framework, the command, the template and create-subnetkit are published', () => {
    const names = published.map(({ manifest }) => manifest.name);
    for (const name of [
      '@subnetkit/chain',
      '@subnetkit/sdk',
      '@subnetkit/miner',
      '@subnetkit/validator',
      '@subnetkit/cli',
      '@subnetkit/subnet-template',
      'create-subnetkit',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('default: one version, and every workspace asks for it with ^', () => {
    expect(versionProblems(readWorkspaces())).toEqual([]);
  });

  it('default: a published package depends on no private workspace and on nothing by path', () => {
    const names = new Set(published.map(({ manifest }) => manifest.name));
    const privateNames = readWorkspaces()
      .filter(({ manifest }) => !names.has(manifest.name))
      .map(({ manifest }) => manifest.name);
    for (const { dir, manifest } of published) {
      for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
        for (const [name, range] of Object.entries((manifest[field] ?? {}) as Record<string, string>)) {
          expect(privateNames, `${dir}: ${field}.${name}`).not.toContain(name);
          expect(range, `${dir}: ${field}.${name}`).not.toMatch(/^(file|link|workspace|git|github):|^[./]/);
        }
      }
    }
  });

  describe.each(published)('$dir', ({ dir, manifest }: { dir: string; manifest: PackageJson }) => {
    it('default: license, engines, repository and README for the registry page', () => {
      expect(manifest.license).toBe('MIT');
      expect(readFileSync(join(ROOT, dir, 'LICENSE'), 'utf8'), `${dir}/LICENSE differs from LICENSE`).toBe(
        LICENSE,
      );
      expect(manifest.engines).toEqual({ node: '>=20.19' });
      expect(manifest.repository).toEqual({
        type: 'git',
        url: 'git+https://github.com/subnetkit/subnetkit.git',
        directory: dir,
      });
      expect(manifest.description).toEqual(expect.any(String));
      // A scoped package is private on the registry unless its first publish says otherwise.
      if (manifest.name.startsWith('@')) expect(manifest.publishConfig).toEqual({ access: 'public' });
      const readme = readFileSync(join(ROOT, dir, 'README.md'), 'utf8');
      expect(/npm (install|create) /.test(readme), `${dir}/README.md says how to install it`).toBe(true);
      expect(readme.includes(DOCS), `${dir}/README.md links the docs`).toBe(true);
    });

    it('default: each export gives types and default JavaScript from dist, `source` first for the repository', () => {
      for (const [subpath, target] of Object.entries((manifest.exports ?? {}) as Exports)) {
        if (devOnly(target) || subpath === './package.json') continue;
        const keys = Object.keys(conditions(target));
        expect(keys, `${dir} exports["${subpath}"]`).toEqual(['source', 'types', 'default']);
        const { types, default: main } = conditions(target);
        expect(types, `${dir} exports["${subpath}"].types`).toMatch(/^\.\/dist\/.+\.d\.ts$/);
        expect(main, `${dir} exports["${subpath}"].default`).toMatch(/^\.\/dist\/.+\.js$/);
      }
    });
  });

  describe('npm pack', () => {
    let packs: { name: string; files: { path: string }[] }[];
    beforeAll(async () => {
      const args = [
        'pack',
        '--dry-run',
        '--json',
        '--ignore-scripts',
        ...published.map(({ dir }) => `-w=${dir}`),
      ];
      const { code, output } = await npm(args, { cwd: ROOT });
      expect(code, output).toBe(0);
      packs = JSON.parse(output.slice(output.indexOf('\n['), output.lastIndexOf(']') + 1));
    }, 60_000);

    it('default: each package packs its build, its manifest targets and nothing of tests or the build cache', () => {
      expect(packs.map((pack) => pack.name)).toEqual(published.map(({ manifest }) => manifest.name));
      for (const [i, { dir, manifest }] of published.entries()) {
        const files = packs[i]!.files.map((file) => file.path);
        const declared = (manifest.files ?? []) as string[];
        for (const path of ['package.json', 'README.md', 'LICENSE']) expect(files, dir).toContain(path);
        // Tests ship only as a folder the package lists by name: the template's, which `subnetkit new` copies.
        const shippedTests = declared.includes('test') ? /^test\// : /$^/;
        for (const path of files) {
          if (shippedTests.test(path)) continue;
          expect(path, `${dir} packs ${path}`).not.toMatch(/\.test\.|\.bench\.|tsbuildinfo|vectors|fixture/);
        }
        const targets = [
          ...Object.values((manifest.exports ?? {}) as Exports)
            .filter((target) => !devOnly(target))
            .flatMap((target) => Object.values(conditions(target))),
          ...Object.values((manifest.bin ?? {}) as Record<string, string>),
        ];
        for (const target of targets)
          expect(files, `${dir} packs ${target}`).toContain(target.replace(/^\.\//, ''));
      }
    });

    it('default: no packed manifest points into this checkout', () => {
      for (const { dir } of published) {
        const text = readFileSync(join(ROOT, dir, 'package.json'), 'utf8');
        expect(text, dir).not.toContain(ROOT);
        expect(text, dir).not.toMatch(/"(file|link|workspace):/);
        expect(text, dir).not.toMatch(/"\.\.\//);
      }
    });
  });

  describe('release:version', () => {
    const copy = mkdtempSync(join(tmpdir(), 'subnetkit-version-'));
    afterAll(() => rmSync(copy, { recursive: true, force: true }));

    it('behavior: sets one new version and the ^ ranges on it in every workspace', () => {
      cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
      for (const { dir } of readWorkspaces())
        cpSync(join(ROOT, dir, 'package.json'), join(copy, dir, 'package.json'));
      setVersion('0.2.0', copy);
      const bumped = readWorkspaces(copy);
      expect(versionProblems(bumped)).toEqual([]);
      expect(publishableWorkspaces(copy).map(({ manifest }) => manifest.version)).toEqual(
        published.map(() => '0.2.0'),
      );
      const cli = bumped.find(({ manifest }) => manifest.name === '@subnetkit/cli')!;
      expect((cli.manifest.dependencies as Record<string, string>)['@subnetkit/chain']).toBe('^0.2.0');
      expect(existsSync(join(copy, 'LICENSE'))).toBe(false); // only manifests are written
    });
  });
});
