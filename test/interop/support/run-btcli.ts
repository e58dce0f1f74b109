/**
 * Runs bittensor-cli's `btcli` (through `test/interop/py/btcli.py`) against a devnet with a private `HOME` (btcli
 * writes `~/.bittensor/` config and logs) and reads the JSON that `--json-output` prints after any prompt text.
 */
import { runPython } from './run-python.js';

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
 * `btcli args… --subtensor.chain_endpoint URL --wallet-path DIR`, with `input` on stdin (the coldkey password),
 * resolving to its stdout. btcli exits 0 on most failures and prints them to stderr, so callers check the JSON.
 *
 * @example
 * const list = jsonIn(await btcli(ctx, ['subnets', 'list', '--json-output']));
 */
export async function btcli(
  ctx: BtcliContext,
  args: readonly string[],
  options: { input?: string; chain?: boolean } = {},
): Promise<string> {
  const endpoint = options.chain === false ? [] : ['--subtensor.chain_endpoint', ctx.url];
  const { stdout } = await runPython(ctx.python, 'btcli.py', [...args, ...endpoint], {
    env: { HOME: ctx.home, COLUMNS: '1000', NO_COLOR: '1' },
    ...(options.input === undefined ? {} : { input: options.input }),
    timeoutMs: 120_000,
  });
  return stdout;
}
