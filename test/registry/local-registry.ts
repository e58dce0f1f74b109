/**
 * A throwaway npm registry (verdaccio, in this process) for the release test: storage in a folder of the
 * caller's, 127.0.0.1 on a free port, this repository's packages served only from what is published to it, and
 * every other package proxied from the machine's registry (so their tarballs come from the npm cache).
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { runServer } from 'verdaccio';

/** Options of {@link startLocalRegistry}. */
export type LocalRegistryOptions = {
  /** Folder for the registry's storage and users; the caller removes it. */
  readonly dir: string;
  /** Registry URL other packages are proxied from (`npm config get registry`). */
  readonly uplink: string;
  /** Package names that may be published and are never looked up upstream. */
  readonly packages: readonly string[];
};

/** A running local registry. */
export type LocalRegistry = {
  /** `http://127.0.0.1:<port>/`. */
  readonly url: string;
  /** npm's per-registry auth option for a user that may publish: pass it as `--<authOption>`. */
  readonly authOption: string;
  close(): Promise<void>;
};

/**
 * Starts verdaccio and adds a user that may publish `packages`.
 *
 * @example
 * const registry = await startLocalRegistry({ dir, uplink: 'https://registry.npmjs.org/', packages: ['my-pkg'] });
 * // npm publish --registry ${registry.url} --${registry.authOption}
 * await registry.close();
 */
export async function startLocalRegistry(options: LocalRegistryOptions): Promise<LocalRegistry> {
  const ours = { access: '$all', publish: '$authenticated' };
  const server = await runServer({
    self_path: options.dir,
    storage: join(options.dir, 'storage'),
    auth: { htpasswd: { file: join(options.dir, 'htpasswd'), max_users: 1 } },
    // Tarballs are not stored: npm takes them from its cache, and they are hundreds of megabytes.
    uplinks: { upstream: { url: options.uplink, timeout: '60s', cache: false } },
    packages: {
      ...Object.fromEntries(options.packages.map((name) => [name, ours])),
      '**': { access: '$all', proxy: 'upstream' },
    },
    web: { enable: false },
    log: { type: 'stdout', format: 'pretty', level: 'error' },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  try {
    const token = await addUser(url);
    return { url, authOption: `//127.0.0.1:${port}/:_authToken=${token}`, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Registers a user the way `npm adduser` does and returns its token. */
async function addUser(url: string): Promise<string> {
  const name = 'release-test';
  const response = await fetch(new URL(`-/user/org.couchdb.user:${name}`, url), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: `pw-${process.pid}-${Date.now()}` }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || body.token === undefined) {
    throw new Error(`verdaccio refused the test user: ${response.status} ${JSON.stringify(body)}`);
  }
  return body.token;
}
