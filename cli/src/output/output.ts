import { styleText } from 'node:util';
import type { CliIo } from '../framework/cli-io.js';
import { jsonText } from './json-text.js';

type Format = Parameters<typeof styleText>[0];

/** A table column: its heading, how to read a cell from a row, and its alignment. */
export type Column<Row> = { header: string; value: (row: Row) => string; align?: 'left' | 'right' };

const SPINNER_FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/**
 * What a command prints: results on stdout (JSON with `--json`, else lines and tables), notes and progress on
 * stderr. Colour only when stdout is a TTY and `NO_COLOR` is unset; spinners only when stderr is a TTY and the
 * output is not JSON.
 *
 * @example
 * const output = new Output(io, { json: false });
 * output.table([{ header: 'uid', value: (r) => String(r.uid), align: 'right' }], rows);
 */
export class Output {
  readonly json: boolean;
  readonly #io: CliIo;
  readonly #color: boolean;

  constructor(io: CliIo, options: { json: boolean }) {
    this.#io = io;
    this.json = options.json;
    this.#color = io.stdout.isTTY === true && io.env.NO_COLOR === undefined;
  }

  /** Styled text when colour is on, the text itself otherwise. */
  style(format: Format, text: string): string {
    return this.#color ? styleText(format, text, { validateStream: false }) : text;
  }

  /** A line of result text on stdout. */
  line(text = ''): void {
    this.#io.stdout.write(`${text}\n`);
  }

  /** A note for the person at the terminal, on stderr (never part of the result). */
  note(text: string): void {
    this.#io.stderr.write(`${text}\n`);
  }

  /** The result as JSON on stdout. */
  printJson(value: unknown): void {
    this.#io.stdout.write(jsonText(value));
  }

  /** Rows as an aligned table on stdout; header bold on a TTY. */
  table<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): void {
    const cells = rows.map((row) => columns.map((column) => column.value(row)));
    const widths = columns.map((column, i) =>
      Math.max(column.header.length, ...cells.map((row) => row[i]!.length)),
    );
    const pad = (text: string, i: number) =>
      columns[i]!.align === 'right' ? text.padStart(widths[i]!) : text.padEnd(widths[i]!);
    this.line(
      this.style(
        'bold',
        columns
          .map((column, i) => pad(column.header, i))
          .join('  ')
          .trimEnd(),
      ),
    );
    for (const row of cells) this.line(row.map(pad).join('  ').trimEnd());
  }

  /** Awaits `work`, showing `label` with a spinner on a TTY stderr meanwhile; resolves or rejects as `work` does. */
  async progress<T>(label: string, work: Promise<T>): Promise<T> {
    const stderr = this.#io.stderr;
    if (stderr.isTTY !== true || this.json) return work;
    let frame = 0;
    const draw = () => stderr.write(`\r${SPINNER_FRAMES[frame++ % SPINNER_FRAMES.length]} ${label}`);
    draw();
    const timer = setInterval(draw, 80);
    try {
      return await work;
    } finally {
      clearInterval(timer);
      stderr.write('\r\u001b[2K');
    }
  }
}
