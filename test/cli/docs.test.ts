/** docs/cli.md stays in step with the command: every subcommand has an example (test/errors checks the codes). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

const doc = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
const GROUPS = ['wallet', 'subnets', 'root', 'stake', 'weights', 'commitments', 'sudo'];

describe('docs/cli.md', () => {
  it('behavior: every subcommand of every chain group has a runnable example', async () => {
    for (const group of GROUPS) {
      const help = await cli([group, '--help']);
      const names = [...help.stdout.matchAll(/^ {2}([a-z-]+)(?: \([^)]*\))? {2,}/gm)].map((m) => m[1]!);
      expect(names.length, `${group} --help lists its commands`).toBeGreaterThan(0);
      for (const name of names)
        expect(doc, `${group} ${name}`).toMatch(new RegExp(`^npx subnetkit ${group} ${name} `, 'm'));
    }
  });
});
