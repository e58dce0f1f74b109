/**
 * Records every module a process loads into the file `RECORD_IMPORTS_LOG` names, one URL a line: ES modules (and
 * CommonJS ones they import) as the loader resolves them, and at exit every file in `require`'s cache, so a
 * `require` inside a CommonJS package is seen too. Load it before the program:
 * `node --import tsx --import ./test/support/record-imports.ts cli/bin/subnetkit.js --help`.
 */
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const log = process.env.RECORD_IMPORTS_LOG;
if (log === undefined) throw new Error('record-imports: set RECORD_IMPORTS_LOG to the log file');
register('./record-imports-hooks.ts', import.meta.url, { data: { log } });
const { cache } = createRequire(import.meta.url);
process.on('exit', () => {
  appendFileSync(
    log,
    Object.keys(cache)
      .map((file) => `${pathToFileURL(file).href}\n`)
      .join(''),
  );
});
