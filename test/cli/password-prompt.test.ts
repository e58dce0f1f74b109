/**
 * The password prompt of the built binary under a real terminal (util-linux `script` gives it a pty): it shows at
 * once after Enter, and a retyped password that differs is asked again.
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
  it('behavior: the prompt shows within 2 s of Enter; a mismatch asks again; the coldkey is written', {
    timeout: 30_000,
  }, async () => {
    const wallets = join(dir.path, 'wallets');
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} wallet create --wallet.name typed --wallet.path ${JSON.stringify(wallets)}`;
    const started = Date.now();
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      env: { PATH: process.env.PATH ?? '', HOME: dir.path, TERM: 'dumb' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let screen = '';
    child.stdout.on('data', (d: Buffer) => {
      screen += d.toString();
    });
    /** Resolves with the time `text` appears on the terminal at or after offset `after`. */
    const seen = async (text: string, after = 0): Promise<number> => {
      const until = Date.now() + 8_000;
      while (screen.indexOf(text, after) < 0) {
        if (child.exitCode !== null || Date.now() > until) {
          throw new Error(`no "${text}" on the terminal: ${JSON.stringify(screen)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return Date.now();
    };
    try {
      const prompted = await seen('Password for');
      expect(prompted - started).toBeLessThan(2_000);
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
