import type { TerminalOutput } from '../framework/cli-io.js';
import type { DemoState } from './demo-state.js';
import { formatBlockLine, formatLiveView } from './format-demo-state.js';

/** Where `subnetkit start` shows progress. */
export type TerminalView = {
  /** A setup stage ("creating the subnet"). */
  stage(text: string): void;
  /** A note that stays on screen (the dashboard URL). */
  note(text: string): void;
  /** The state after a block. */
  block(state: DemoState): void;
  /** Clears the live frame (the summary follows). */
  finish(): void;
};

/**
 * A live view redrawn in place on each block when `output` is a TTY (`live`), one plain line per block otherwise.
 *
 * @example
 * const view = createTerminalView(process.stdout, { live: process.stdout.isTTY === true, goal: 3 });
 * network.on('block', (state) => view.block(state));
 */
export function createTerminalView(
  output: TerminalOutput,
  options: { live: boolean; goal: number | undefined },
): TerminalView {
  const started = performance.now();
  let drawn = 0; // lines of the last live frame, rewritten by the next
  const write = (lines: string[]) => output.write(`${lines.join('\n')}\n`);
  const clear = () => {
    if (options.live && drawn > 0) output.write(`\x1b[${drawn}F\x1b[0J`);
    drawn = 0;
  };
  return {
    stage: (text) => write([`${text}…`]),
    note: (text) => {
      clear();
      write([text]);
    },
    finish: clear,
    block: (state) => {
      if (!options.live) {
        write([formatBlockLine(state, options.goal)]);
        return;
      }
      const frame = formatLiveView(state, { goal: options.goal, elapsedMs: performance.now() - started });
      // Cursor to the start of the previous frame, clear to the end of the screen, draw the new one.
      output.write(`${drawn > 0 ? `\x1b[${drawn}F\x1b[0J` : ''}${frame.join('\n')}\n`);
      drawn = frame.length;
    },
  };
}
