const RAO_PER_TAO = 1_000_000_000n;

/**
 * Rao as TAO text with all 9 decimals, trailing zeros trimmed to at least one (`1500000000n` → `1.5`), and the τ
 * sign when `symbol` is set.
 *
 * @example
 * formatTao(1_500_000_000n); // '1.5'
 * formatTao(1n, { symbol: true }); // 'τ0.000000001'
 */
export function formatTao(rao: bigint, options: { symbol?: boolean } = {}): string {
  const negative = rao < 0n;
  const abs = negative ? -rao : rao;
  const fraction = (abs % RAO_PER_TAO).toString().padStart(9, '0').replace(/0+$/, '');
  const text = `${abs / RAO_PER_TAO}.${fraction === '' ? '0' : fraction}`;
  return `${negative ? '-' : ''}${options.symbol ? 'τ' : ''}${text}`;
}
