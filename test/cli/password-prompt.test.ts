/**
 * The password prompt of the built binary under a real terminal (util-linux `script` gives it a pty): it shows, and
 * a retyped password that differs is asked again. How fast it shows is a speed figure, which a loaded machine
 * breaks: the CLI's start is measured in bench/ (cli-start), not asserted here.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';

const bin = fileURLToPath(new URL('../../cli/bin/subnetkit.js', import.meta.url));
const dir = tempDir('subnetkit-prompt-');
const hasScript =
  spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout?.includes('util-linux') === true;

afterAll(() => dir.remove());

describe.skipIf(!hasScript)('password prompt in a terminal', () => {
  it('behavior: the prompt shows; a mismatch asks again; the coldkey is written; nothing typed is echoed', {
    timeout: 30_000,
  }, async () => {
    const wallets = join(dir.path, 'wallets');
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} wallet create --wallet.name typed --wallet.path ${JSON.stringify(wallets)}`;
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      env: { PATH: process.env.PATH ?? '', HOME: dir.path, TERM: 'dumb' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let screen = '';
    child.stdout.on('data', (d: Buffer) => {
      screen += d.toString();
    });
    /** Resolves once `text` appears on the terminal at or after offset `after` (fails after 8 s without it). */
    const seen = async (text: string, after = 0): Promise<void> => {
      const until = Date.now() + 8_000;
      while (screen.indexOf(text, after) < 0) {
        if (child.exitCode !== null || Date.now() > until) {
          throw new Error(`no "${text}" on the terminal: ${JSON.stringify(screen)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    try {
      await seen('Password for');
      child.stdin.write('first-password\r');
      await seen('Retype the password');
      child.stdin.write('other-password\r');
      await seen('try again');
      const again = screen.indexOf('try again');
      await seen('Password for', again);
      child.stdin.write('good-password\r');
      await seen('Retype the password', again);
      child.stdin.write('good-password\r');
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code, screen).toBe(0);
      expect(screen).not.toMatch(/first-password|other-password|good-password/);
      expect(existsSync(join(wallets, 'typed', 'coldkey'))).toBe(true);
    } finally {
      // A failed step leaves the terminal waiting for input: end it (and the CLI under it).
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
