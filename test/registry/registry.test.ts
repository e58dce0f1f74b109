/**
 * The release, end to end through a real registry: every published workspace goes to a throwaway verdaccio with
 * `npm publish --workspaces`; then, in an empty folder outside this checkout, `npm create subnetkit` writes a
 * project, `npm install` takes the framework from that registry (other packages proxied from the machine's
 * registry, tarballs from the npm cache) and the project's own `npm test` — the digits subnet for three tempos on
 * a devnet included — and `npm run typecheck` pass, on the packages' built JavaScript and declarations alone.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalRegistry, startLocalRegistry } from './local-registry.js';
import { type NpmOptions, npm } from './npm.js';
import { publishableWorkspaces, ROOT } from './workspaces.js';

const published = publishableWorkspaces();
const VERSION = published[0]!.manifest.version;
/**
 * The whole path's time limit. It takes about 2.5 minutes on an idle 2-core machine (the project's tests run two
 * devnets: the subnet alone and against gaming miners); an npm step still running when the limit is reached is
 * stopped and reported with its command and output. A run at load average 16 needed more than 240 s.
 */
const LIMIT_MS = 480_000;

/** Every symbolic link under `node_modules` (package links, scoped ones included, and .bin entries). */
function symlinksUnder(nodeModules: string): string[] {
  const entries = readdirSync(nodeModules, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isSymbolicLink()).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Removes what `npm exec` (behind `npm create`) installed of package `name` in npm's npx cache; resolves to the
 * failed npm runs' output.
 */
async function forgetNpxInstalls(name: string, cwd: string): Promise<string[]> {
  const listed = await npm(['cache', 'npx', 'ls'], { cwd });
  if (listed.code !== 0) return [listed.output];
  const installs = listed.stdout.matchAll(new RegExp(`^(\\w+): .*\\b${name}@`, 'gm'));
  const removed = await Promise.all(
    [...installs].map(([, hash]) => npm(['cache', 'npx', 'rm', hash!], { cwd })),
  );
  return removed.filter(({ code }) => code !== 0).map(({ output }) => output);
}

describe('the release from a registry', () => {
  const work = realpathSync(mkdtempSync(join(tmpdir(), 'subnetkit-registry-')));
  let registry: LocalRegistry;
  /** npm as a user of the local registry runs it. */
  let user: (cwd: string) => NpmOptions;

  beforeAll(async () => {
    const uplink = await npm(['config', 'get', 'registry'], { cwd: work });
    expect(uplink.code, uplink.output).toBe(0);
    registry = await startLocalRegistry({
      dir: join(work, 'registry'),
      uplink: uplink.stdout.trim(),
      packages: published.map(({ manifest }) => manifest.name),
    });
    user = (cwd) => ({
      cwd,
      env: {
        npm_config_registry: registry.url,
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        ONNXRUNTIME_NODE_INSTALL: 'skip', // its CUDA download; the tests run on the CPU
      },
    });
  }, 60_000);

  afterAll(async () => {
    await forgetNpxInstalls('create-subnetkit', work);
    await registry?.close();
    rmSync(work, { recursive: true, force: true }); // the project's install: about 500 MB, most of it onnxruntime-node
  }, 120_000);

  it(
    'default: npm create subnetkit, npm install and npm test, all from the registry',
    async () => {
      expect(work.startsWith(ROOT), `${work} is outside the checkout`).toBe(false);
      const deadline = Date.now() + LIMIT_MS;
      const step = async (args: string[], options: NpmOptions) => {
        const result = await npm(args, { ...options, timeoutMs: Math.max(1, deadline - Date.now()) });
        expect(result.code, result.output).toBe(0);
        return result;
      };

      // The release: the build (what `prepare` runs), then every non-private workspace.
      await step(['run', 'build'], { cwd: ROOT });
      await step(['publish', '--workspaces', `--registry=${registry.url}`, `--${registry.authOption}`], {
        cwd: ROOT,
      });
      for (const { manifest } of published) {
        const info = await fetch(new URL(manifest.name.replace('/', '%2f'), registry.url));
        expect(info.status, `${manifest.name} is on the registry`).toBe(200);
        expect(((await info.json()) as { 'dist-tags': { latest: string } })['dist-tags'].latest).toBe(
          VERSION,
        );
      }

      // npm would reuse an earlier run's create-subnetkit (same version, older code) from its npx cache.
      expect(await forgetNpxInstalls('create-subnetkit', work)).toEqual([]);

      const projects = join(work, 'projects');
      mkdirSync(projects);
      const created = await step(['create', 'subnetkit@latest', 'my-subnet', '--yes'], user(projects));
      const project = join(projects, 'my-subnet');
      expect(created.output).toContain(`wrote my-subnet in ${project}`);
      const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
      for (const name of ['chain', 'sdk', 'miner', 'validator']) {
        expect(manifest.dependencies[`@subnetkit/${name}`]).toBe(`^${VERSION}`);
      }

      await step(['install'], user(project));
      // Everything came from the registry: no path into the checkout, no link out of the project.
      for (const file of ['package.json', 'package-lock.json']) {
        const text = readFileSync(join(project, file), 'utf8');
        expect(text.includes(ROOT), `${file} names the checkout`).toBe(false);
        expect(text, file).not.toMatch(/"(file|link):|"link": true/);
      }
      for (const link of symlinksUnder(join(project, 'node_modules'))) {
        expect(realpathSync(link).startsWith(project), `${link} → ${realpathSync(link)}`).toBe(true);
      }
      const installed = readdirSync(join(project, 'node_modules', '@subnetkit'));
      // The four the project depends on, @subnetkit/errors they all build on and @subnetkit/drand (chain, sdk).
      expect(installed.sort()).toEqual(['chain', 'drand', 'errors', 'miner', 'sdk', 'validator']);
      for (const name of installed) {
        const folder = join(project, 'node_modules', '@subnetkit', name);
        expect(lstatSync(folder).isSymbolicLink(), `${folder} is a link`).toBe(false);
        const installedManifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
        expect(installedManifest.version).toBe(VERSION);
        expect(existsSync(join(folder, 'dist', 'index.js')), `${folder}/dist/index.js`).toBe(true);
        // The tests below must run on dist: without the TypeScript sources the `source` condition would fail.
        rmSync(join(folder, 'src'), { recursive: true, force: true });
      }

      const test = await step(['test'], user(project));
      expect(test.output).toMatch(/Test Files\s+5 passed \(5\)/);
      expect(test.output).toContain('subnet.e2e.test.ts');
      expect(test.output).toContain('gaming.e2e.test.ts'); // the honest model out-earns the gaming miners
      await step(['run', 'typecheck'], user(project));
    },
    LIMIT_MS + 10_000,
  );
});
