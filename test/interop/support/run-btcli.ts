/**
 * Runs bittensor-cli's `btcli` (through `test/interop/py/btcli.py`) against a devnet with a private `HOME` (btcli
 * writes `~/.bittensor/` config and logs) and reads the JSON that `--json-output` prints after any prompt text.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PY_DIR, runPython } from './run-python.js';

/** Where btcli runs: the environment's Python, the devnet, and a scratch home and wallet directory. */
export type BtcliContext = {
  readonly python: string;
  readonly url: string;
  readonly home: string;
  readonly wallets: string;
};

/** The first JSON value in `text` that runs to its end (btcli prints prompts such as "Enter your password:" first). */
export function jsonIn<T>(text: string): T {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '{' && text[i] !== '[') continue;
    try {
      return JSON.parse(text.slice(i)) as T;
    } catch {}
  }
  throw new Error(`no JSON in btcli output:\n${text}`);
}

/**
 * `btcli args… --subtensor.chain_endpoint URL` for commands that need no password, resolving to its stdout (or its
 * stderr with `stream: 'stderr'`). btcli exits 0 on most failures and prints them to stderr, so callers check the JSON
 * or read stderr.
 *
 * @example
 * const list = jsonIn(await btcli(ctx, ['subnets', 'list', '--json-output']));
 */
export async function btcli(
  ctx: BtcliContext,
  args: readonly string[],
  options: { chain?: boolean; stream?: 'stdout' | 'stderr' } = {},
): Promise<string> {
  const endpoint = options.chain === false ? [] : ['--subtensor.chain_endpoint', ctx.url];
  const output = await runPython(ctx.python, 'btcli.py', [...args, ...endpoint], {
    env: { HOME: ctx.home, COLUMNS: '1000', NO_COLOR: '1' },
    timeoutMs: 120_000,
  });
  return output[options.stream ?? 'stdout'];
}

/** A POSIX shell word. */
const quote = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;
const PROMPT = /(password|retype)[^\n]*:\s*$/i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal colour codes in the pty's output.
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

/**
 * `btcli args…` under a pseudo-terminal (util-linux `script`), typing `password` at each password prompt as a user
 * would. btcli reads passwords from the terminal only: with a pipe on stdin it silently encrypts with, and decrypts
 * with, an empty password (docs/interop.md). Resolves to what it printed, colour codes and carriage returns removed.
 *
 * @example
 * const out = await btcliTty(ctx, ['subnets', 'register', '--netuid', '1', ...wallet], 'pw');
 */
export function btcliTty(
  ctx: BtcliContext,
  args: readonly string[],
  password: string,
  options: { chain?: boolean } = {},
): Promise<string> {
  const endpoint = options.chain === false ? [] : ['--subtensor.chain_endpoint', ctx.url];
  const command = [ctx.python, join(PY_DIR, 'btcli.py'), ...args, ...endpoint].map(quote).join(' ');
  const child = spawn('script', ['-qec', command, '/dev/null'], {
    cwd: PY_DIR,
    env: { ...process.env, HOME: ctx.home, COLUMNS: '1000', NO_COLOR: '1', PYTHONUNBUFFERED: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let answered = 0;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString().replace(ANSI, '').replaceAll('\r', '');
      const prompts = out.split('\n').filter((line) => PROMPT.test(line)).length;
      for (; answered < prompts; answered++) child.stdin.write(`${password}\n`);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`btcli ${args.join(' ')} exited ${code}:\n${out}`));
    });
  });
}
