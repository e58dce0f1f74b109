/**
 * The repository's workspaces as the root package.json lists them, and the ones npm publishes: every workspace
 * not marked `private` (what `npm publish --workspaces` does too). Adding a package to the release is listing it
 * in the root `workspaces` without `private`; nothing here names packages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The fields of a package.json these checks read. */
export type PackageJson = {
  name: string;
  version: string;
  private?: boolean;
  workspaces?: string[];
  [field: string]: unknown;
};

/** A workspace: its folder (relative to the root) and its manifest. */
export type Workspace = { readonly dir: string; readonly manifest: PackageJson };

/** The dependency fields whose ranges follow the release version. */
export const DEPENDENCY_FIELDS = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
];

/**
 * Every workspace of the repository at `root`, in the root manifest's order.
 *
 * @example
 * readWorkspaces().map((w) => w.manifest.name); // ['@subnetkit/chain', …]
 */
export function readWorkspaces(root: string = ROOT): Workspace[] {
  const { workspaces = [] } = readJson(join(root, 'package.json'));
  return workspaces.map((dir) => ({ dir, manifest: readJson(join(root, dir, 'package.json')) }));
}

/**
 * The workspaces npm publishes: those not marked `private`.
 *
 * @example
 * publishableWorkspaces().map((w) => w.dir); // ['chain', 'sdk', …, 'create-subnetkit']
 */
export function publishableWorkspaces(root: string = ROOT): Workspace[] {
  return readWorkspaces(root).filter(({ manifest }) => manifest.private !== true);
}

/**
 * What breaks the one-version rule: each published package must have the same version, and every workspace that
 * depends on one must ask for `^<that version>`. Empty when the release is in step.
 *
 * @example
 * versionProblems(readWorkspaces()); // []
 */
export function versionProblems(workspaces: readonly Workspace[]): string[] {
  const published = workspaces.filter(({ manifest }) => manifest.private !== true);
  const version = published[0]?.manifest.version;
  const names = new Set(published.map(({ manifest }) => manifest.name));
  const problems: string[] = [];
  for (const { dir, manifest } of published) {
    if (manifest.version !== version)
      problems.push(`${dir}: version ${manifest.version}, the others ${version}`);
  }
  for (const { dir, manifest } of workspaces) {
    for (const field of DEPENDENCY_FIELDS) {
      const deps = (manifest[field] ?? {}) as Record<string, string>;
      for (const [name, range] of Object.entries(deps)) {
        if (names.has(name) && range !== `^${version}`) {
          problems.push(`${dir}: ${field}.${name} is "${range}", not "^${version}"`);
        }
      }
    }
  }
  return problems;
}

/**
 * Sets every published package's version to `version` and every workspace's range on them to `^<version>`,
 * keeping each manifest's layout. Run `npm install` afterwards to refresh the lockfile.
 *
 * @example
 * setVersion('0.2.0');
 */
export function setVersion(version: string, root: string = ROOT): void {
  const workspaces = readWorkspaces(root);
  const names = new Set(publishableWorkspaces(root).map(({ manifest }) => manifest.name));
  for (const { dir, manifest } of workspaces) {
    if (names.has(manifest.name)) manifest.version = version;
    for (const field of DEPENDENCY_FIELDS) {
      const deps = (manifest[field] ?? {}) as Record<string, string>;
      for (const name of Object.keys(deps)) if (names.has(name)) deps[name] = `^${version}`;
    }
    writeFileSync(join(root, dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  }
}

function readJson(path: string): PackageJson {
  return JSON.parse(readFileSync(path, 'utf8')) as PackageJson;
}
