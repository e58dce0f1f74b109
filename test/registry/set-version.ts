/**
 * `npm run release:version -- <version>`: one version for every published package and `^<version>` wherever a
 * workspace depends on one (`npm version --workspaces` leaves those ranges behind). Then run `npm install`.
 */
import { parseArgs } from 'node:util';
import { setVersion } from './workspaces.js';

const { positionals } = parseArgs({ allowPositionals: true });
const [version] = positionals;
if (positionals.length !== 1 || !/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version!)) {
  console.error('usage: npm run release:version -- <major.minor.patch[-prerelease]>');
  process.exit(2);
}
setVersion(version!);
console.log(`every published package is now ${version}; run \`npm install\` to refresh package-lock.json`);
