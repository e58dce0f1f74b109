/** Runs npm in a child process the way a user would: none of this process's npm_* variables, no colour. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** How an npm run exited, and the command line with what it printed (stdout, then stderr) for failure messages. */
export type NpmResult = { readonly code: number; readonly stdout: string; readonly output: string };

/** Options of {@link npm}. */
export type NpmOptions = {
  readonly cwd: string;
  /** Added to the environment (after this process's npm_* variables are dropped). */
  readonly env?: Readonly<Record<string, string>>;
  /** @defaultValue 120_000 */
  readonly timeoutMs?: number;
};

/**
 * Runs `npm <args>` in `cwd` and resolves to its exit code and output; never rejects, so a test can show the
 * output of a failed run.
 *
 * @example
 * const { code, output } = await npm(['pack', '--dry-run', '--json'], { cwd: ROOT });
 * expect(code, output).toBe(0);
 */
export async function npm(args: readonly string[], options: NpmOptions): Promise<NpmResult> {
  // The parent's npm_* variables (set when the suite runs under `npm test`) would point npm at this workspace.
  const inherited = Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key));
  const env = { ...Object.fromEntries(inherited), NO_COLOR: '1', ...options.env };
  const command = `$ npm ${args.join(' ')}   (in ${options.cwd})\n`;
  try {
    const { stdout, stderr } = await execFileAsync('npm', [...args], {
      cwd: options.cwd,
      env,
      timeout: options.timeoutMs ?? 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, output: `${command}${stdout}\n${stderr}` };
  } catch (error) {
    const {
      code,
      stdout = '',
      stderr = '',
      killed,
    } = error as NodeJS.ErrnoException & {
      stdout?: string;
      stderr?: string;
      killed?: boolean;
    };
    const status = typeof code === 'number' ? code : 1;
    return { code: status, stdout, output: `${command}${killed ? '(timed out)\n' : ''}${stdout}\n${stderr}` };
  }
}
