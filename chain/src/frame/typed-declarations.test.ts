/**
 * The declarations type their handlers: each file of `chain/test-vectors/type-errors/` makes one
 * mistake a pallet or RPC author could make (an argument the call does not have, a call the table does
 * not declare, an unknown event, an event field of the wrong type, an unknown error name, an RPC
 * parameter or result of the wrong type), and the project's own `tsc` must reject each with the
 * expected error, while `correct-handler.ts`, written the same way without the mistake, compiles.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const FIXTURES = fileURLToPath(new URL('../../test-vectors/type-errors/', import.meta.url));
const TSC = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');

/** The one error each fixture must produce. */
const EXPECTED: Readonly<Record<string, RegExp>> = {
  'wrong-argument-name.ts': /TS\d+: Property 'net_uid' does not exist on type '\{ netuid: number;/,
  'unknown-call.ts': /TS\d+: Object literal may only specify known properties, .*'set_weightz'/,
  'unknown-event.ts': /TS2345: Argument of type '"SubnetStarted"' is not assignable/,
  'wrong-event-field-type.ts': /TS2322: Type 'number' is not assignable to type 'bigint'/,
  'unknown-error.ts': /TS2345: Argument of type '"NotRegistered"' is not assignable/,
  'wrong-rpc-parameter-type.ts': /TS\d+: Property 'toFixed' does not exist on type '`0x\$\{string\}`'/,
  'wrong-rpc-result-type.ts': /TS2322: Type 'number \| undefined' is not assignable/,
};

describe('typed declarations', () => {
  it('error: tsc rejects each deliberate mistake with its error, and accepts the correct handler', () => {
    const run = spawnSync(
      process.execPath,
      [TSC, '-p', join(FIXTURES, 'tsconfig.json'), '--pretty', 'false'],
      {
        encoding: 'utf8',
      },
    );
    // One diagnostic per line: `path(line,col): error TSnnnn: message` (continuation lines are indented).
    const errors = run.stdout.split('\n').filter((line) => / error TS\d+:/.test(line));
    const byFile = new Map<string, string[]>();
    for (const line of errors) {
      const file = line.slice(0, line.indexOf('(')).split('/').at(-1) ?? line;
      byFile.set(file, [...(byFile.get(file) ?? []), line]);
    }
    expect([...byFile.keys()].sort(), run.stdout).toEqual(Object.keys(EXPECTED).sort());
    for (const [file, pattern] of Object.entries(EXPECTED)) {
      expect(byFile.get(file), file).toHaveLength(1);
      expect(byFile.get(file)?.[0], file).toMatch(pattern);
    }
  });
});
