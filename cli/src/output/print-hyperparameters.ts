import type { Output } from './output.js';

/**
 * Prints hyperparameters keyed by btcli name: a JSON object (bigints as strings), or a two-column table.
 *
 * @example
 * printHyperparameters(output, 1, { tempo: 100, weights_rate_limit: 100n });
 */
export function printHyperparameters(
  output: Output,
  netuid: number,
  values: Readonly<Record<string, number | bigint | boolean>>,
): void {
  if (output.json) {
    output.printJson({ netuid, ...values });
    return;
  }
  output.line(output.style('bold', `netuid ${netuid}`));
  output.table(
    [
      { header: 'hyperparameter', value: ([name]) => name },
      { header: 'value', value: ([, value]) => String(value), align: 'right' },
    ],
    Object.entries(values),
  );
}
