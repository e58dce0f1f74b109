import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A `redis-server` child process this test started on a free loopback port, in its own temp directory. */
export type RedisServer = {
  url: string;
  port: number;
  /** Starts (or restarts) the server on the same port and directory; resolves once it answers PING. */
  start(): Promise<void>;
  /** Stops it: SIGKILL simulates a crash, SIGTERM a clean shutdown. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Stops it and removes its directory. */
  dispose(): Promise<void>;
};

/** A free TCP port on 127.0.0.1 (free when asked; the server binds it right after). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Whether something answers `PING` with `+PONG` on the port. */
async function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('error', () => resolve(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      resolve(data.toString().startsWith('+PONG'));
      socket.destroy();
    });
  });
}

/**
 * Creates a Redis server on a free port (not started). `persistent` turns on the append-only file with an fsync
 * per write, so jobs survive a SIGKILL; otherwise nothing is written to disk. `cluster` starts it in cluster mode.
 */
export function createRedisServer(
  port: number,
  options: { persistent?: boolean; cluster?: boolean } = {},
): RedisServer {
  const dir = mkdtempSync(join(tmpdir(), 'subnetkit-redis-'));
  const persistence = options.persistent
    ? ['--appendonly', 'yes', '--appendfsync', 'always']
    : ['--appendonly', 'no'];
  const clustering = options.cluster
    ? ['--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf']
    : [];
  let child: ChildProcess | undefined;
  const server: RedisServer = {
    url: `redis://127.0.0.1:${port}`,
    port,
    async start() {
      child = spawn(
        'redis-server',
        [
          '--port',
          String(port),
          '--bind',
          '127.0.0.1',
          '--save',
          '',
          '--dir',
          dir,
          ...persistence,
          ...clustering,
        ],
        {
          stdio: 'ignore',
        },
      );
      for (let tries = 0; tries < 200; tries += 1) {
        if (await answersPing(port)) return;
        if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
        await sleep(25);
      }
      throw new Error(`redis-server on port ${port} did not answer PING`);
    },
    async stop(signal = 'SIGTERM') {
      const running = child;
      child = undefined;
      if (running === undefined || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill(signal);
      await exited;
    },
    async dispose() {
      await server.stop('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}

/** A running Redis server on a free port. */
export async function startRedisServer(
  options: { persistent?: boolean; cluster?: boolean } = {},
): Promise<RedisServer> {
  const server = createRedisServer(await freePort(), options);
  await server.start();
  return server;
}

/** A running Redis Cluster of `size` masters (no replicas) on free ports, made with `redis-cli --cluster create`. */
export async function startRedisCluster(
  size = 3,
): Promise<{ nodes: RedisServer[]; dispose(): Promise<void> }> {
  const nodes = await Promise.all(Array.from({ length: size }, () => startRedisServer({ cluster: true })));
  const addresses = nodes.map((node) => `127.0.0.1:${node.port}`);
  const create = spawn(
    'redis-cli',
    ['--cluster', 'create', ...addresses, '--cluster-replicas', '0', '--cluster-yes'],
    {
      stdio: 'ignore',
    },
  );
  const code = await new Promise((resolve) => create.once('exit', resolve));
  if (code !== 0) throw new Error(`redis-cli --cluster create exited with ${code}`);
  return { nodes, dispose: async () => void (await Promise.all(nodes.map((node) => node.dispose()))) };
}
