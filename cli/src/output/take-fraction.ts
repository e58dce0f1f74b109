import { CliError } from '../framework/cli-error.js';

/**
 * A take in parts of 65 535 shown as btcli does, as a percentage.
 *
 * @example
 * takeFraction(11_796) // '18.00 %'
 */
export function takeFraction(parts: number): string {
  return `${((parts / 65_535) * 100).toFixed(2)} %`;
}

/**
 * A take given as a fraction (`0.18`, btcli's `--take`) in parts of 65 535, rounded down.
 *
 * @example
 * takeParts('0.18') // 11796
 */
export function takeParts(text: string): number {
  const value = Number(text);
  if (!/^\d*\.?\d+$/.test(text.trim()) || !(value >= 0 && value <= 1))
    throw new CliError(
      'CLI_INVALID_OPTION',
      `--take takes a fraction between 0 and 1, e.g. 0.18; got ${text}`,
    );
  return Math.floor(value * 65_535);
}
