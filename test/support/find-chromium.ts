import { createReadStream, createWriteStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { extract } from 'tar';

/** Where a browser test's Chromium is, as playwright-core's launch options take it. */
export type FoundChromium = {
  executablePath: string;
  /** The browser's environment: this process's, plus the bundled libraries' path for the npm-shipped Chromium. */
  env: NodeJS.ProcessEnv;
};

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium for playwright-core, so `npm test` needs no browser installed: `CHROMIUM_PATH` when set, else the
 * system's `/usr/bin/chromium` (Debian's `chromium` package), else the headless Chromium that ships inside the
 * `@sparticuz/chromium` npm package (Linux x64), unpacked once into `node_modules/.cache` together with the NSS
 * libraries it links against, which many machines (slim containers among them) lack.
 *
 * @example
 * const context = await chromium.launchPersistentContext(profile, { ...(await findChromium()), headless: true });
 */
export async function findChromium(): Promise<FoundChromium> {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen !== undefined && chosen !== '') {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH is ${chosen}, which does not exist`);
    return { executablePath: chosen, env: process.env };
  }
  if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, env: process.env };
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `No Chromium: @sparticuz/chromium ships one for Linux x64 only, this is ${process.platform} ${process.arch}; ` +
        'set CHROMIUM_PATH to a Chromium or Chrome binary',
    );
  }
  const unpacked = await unpackSparticuzChromium();
  const libraries = join(unpacked, 'lib');
  const inherited = process.env.LD_LIBRARY_PATH;
  return {
    executablePath: join(unpacked, 'chromium'),
    env: { ...process.env, LD_LIBRARY_PATH: inherited ? `${libraries}:${inherited}` : libraries },
  };
}

/**
 * Unpacks the package's brotli files — `chromium.br` (a headless-shell build) and `al2023.tar.br` (NSS, NSPR and
 * expat under `lib/`) — into a folder named after the package's version, and returns it. The package's own
 * `executablePath()` unpacks to a fixed `/tmp/chromium` and the libraries only on Amazon Linux; here every run of a
 * version shares one folder, filled in a staging folder and renamed into place, so parallel runs never see it half
 * written.
 */
async function unpackSparticuzChromium(): Promise<string> {
  // The package exports only its entry point (build/cjs/index.cjs); its brotli files are in bin/ two levels up.
  const packageDir = join(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..', '..');
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const target = join(packageDir, '..', '..', '.cache', `sparticuz-chromium-${version}`);
  if (existsSync(target)) return target;

  const bin = join(packageDir, 'bin');
  await mkdir(dirname(target), { recursive: true });
  const staging = await mkdtemp(`${target}.partial-`);
  try {
    await Promise.all([
      pipeline(
        createReadStream(join(bin, 'chromium.br')),
        createBrotliDecompress(),
        createWriteStream(join(staging, 'chromium'), { mode: 0o755 }),
      ),
      extract({ file: join(bin, 'al2023.tar.br'), cwd: staging }),
    ]);
    await rename(staging, target);
  } catch (error) {
    if (!existsSync(target)) throw error; // otherwise a parallel run renamed its copy into place first
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return target;
}
