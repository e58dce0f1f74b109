/** The first two columns of `@polkadot/util`'s logger: its date, and the padded upper-case origin (`'   API-WS:'`). */
const POLKADOT_LOG_DATE = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/;
const POLKADOT_LOG_TYPE = /^ *[A-Z][A-Z0-9/-]*:$/;

let installed = false;

/**
 * Keeps `@polkadot/api`'s own console lines (`API-WS: disconnected from ws://…: 1006:: Abnormal Closure`, once per
 * reconnection attempt) off the terminal: the command reports a lost or missing node once, in words, with a fix.
 * `@polkadot/util`'s logger has no switch for its error and warning lines, so this filters the console methods it
 * writes through (a date, then the padded origin); every other console line passes unchanged. Idempotent.
 *
 * @example
 * quietPolkadotLogger();
 * const client = await createSubtensorClient({ url });
 */
export function quietPolkadotLogger(): void {
  if (installed) return;
  installed = true;
  for (const method of ['error', 'warn', 'log'] as const) {
    const write = console[method].bind(console);
    console[method] = (...values: unknown[]) => {
      const [date, type] = values;
      const polkadot =
        typeof date === 'string' &&
        POLKADOT_LOG_DATE.test(date) &&
        typeof type === 'string' &&
        POLKADOT_LOG_TYPE.test(type);
      if (!polkadot) write(...values);
    };
  }
}
