import { CliError } from '../framework/cli-error.js';
import type { TerminalInput, TerminalOutput } from '../framework/cli-io.js';

/**
 * Asks `question` on `output` and reads one line from a TTY `input`. With `hidden`, the terminal's echo is off
 * (raw mode) and nothing of the answer is written back. Ctrl-C aborts with `CLI_ABORTED`.
 *
 * @example
 * const password = await readAnswer({ input: io.stdin, output: io.stderr, question: 'Password: ', hidden: true });
 */
export function readAnswer(parameters: {
  input: TerminalInput;
  output: TerminalOutput;
  question: string;
  hidden?: boolean;
}): Promise<string> {
  const { input, output, question } = parameters;
  const hidden = parameters.hidden ?? false;
  return new Promise((resolve, reject) => {
    let answer = '';
    // Echo off before the question shows: keys typed the moment it appears must not be echoed by the terminal.
    input.setRawMode?.(true);
    output.write(question);
    input.resume();
    const finish = (error?: Error) => {
      input.setRawMode?.(false);
      input.pause();
      input.removeListener('data', onData);
      output.write('\n');
      if (error) reject(error);
      else resolve(answer);
    };
    const onData = (chunk: Buffer | string) => {
      const chars = [...chunk.toString()];
      for (const [i, char] of chars.entries()) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          // Keys typed ahead (pasted input) belong to the next prompt.
          const rest = chars
            .slice(i + 1)
            .join('')
            .replace(/^\n/, '');
          finish();
          if (rest !== '') input.unshift(Buffer.from(rest));
          return;
        }
        if (char === '\u0003') return finish(new CliError('CLI_ABORTED', 'cancelled'));
        if (char === '\u007f' || char === '\b') {
          if (answer.length > 0 && !hidden) output.write('\b \b');
          answer = answer.slice(0, -1);
        } else {
          answer += char;
          if (!hidden) output.write(char);
        }
      }
    };
    input.on('data', onData);
  });
}
