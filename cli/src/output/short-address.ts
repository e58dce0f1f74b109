/**
 * An SS58 address shortened for tables (`5GrwvaEF…utQY`); JSON output always carries full addresses.
 *
 * @example
 * shortAddress('5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY'); // '5GrwvaEF…utQY'
 */
export function shortAddress(address: string): string {
  return address.length <= 14 ? address : `${address.slice(0, 8)}…${address.slice(-4)}`;
}
