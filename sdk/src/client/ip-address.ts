import { SdkError } from '../errors/sdk-error.js';

/**
 * An IP address as subtensor's `serve_axon` takes it: the address as a u128 integer and its version (4 or 6).
 *
 * @example
 * const { ip, ipType }: ChainIp = encodeIp('10.0.0.1'); // { ip: 167772161n, ipType: 4 }
 */
export type ChainIp = { readonly ip: bigint; readonly ipType: 4 | 6 };

/**
 * Encodes a dotted IPv4 or an IPv6 address (`::` shorthand allowed) as subtensor's `(ip: u128, ip_type)`.
 * Throws `SDK_INVALID_ARGUMENT` for anything else.
 *
 * @example
 * encodeIp('1.2.3.4') // { ip: 16909060n, ipType: 4 }
 * encodeIp('2001:db8::1') // { ip: 0x20010db8000000000000000000000001n, ipType: 6 }
 */
export function encodeIp(address: string): ChainIp {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address);
  if (v4) {
    const octets = v4.slice(1).map(Number);
    if (octets.some((o) => o > 255)) throw badIp(address);
    return { ip: octets.reduce((acc, o) => (acc << 8n) | BigInt(o), 0n), ipType: 4 };
  }
  if (!/^[0-9a-fA-F:]+$/.test(address) || address.split('::').length > 2) throw badIp(address);
  const [head, tail] = address.split('::') as [string, string | undefined];
  const groups = (part: string | undefined) => (part === undefined || part === '' ? [] : part.split(':'));
  const left = groups(head);
  const right = groups(tail);
  const missing = 8 - left.length - right.length;
  if ((tail === undefined && missing !== 0) || (tail !== undefined && missing < 1)) throw badIp(address);
  const all = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right];
  if (all.some((g) => g.length === 0 || g.length > 4)) throw badIp(address);
  return { ip: all.reduce((acc, g) => (acc << 16n) | BigInt(`0x${g}`), 0n), ipType: 6 };
}

/**
 * The text form of subtensor's `(ip: u128, ip_type)`: full (uncompressed) IPv6 for type 6, else dotted IPv4
 * (so a neuron that never served reads `0.0.0.0`).
 *
 * @example
 * decodeIp(16909060n, 4) // '1.2.3.4'
 */
export function decodeIp(ip: bigint, ipType: number): string {
  if (ipType !== 6) return [24n, 16n, 8n, 0n].map((shift) => (ip >> shift) & 0xffn).join('.');
  return Array.from({ length: 8 }, (_, i) => ((ip >> BigInt(112 - 16 * i)) & 0xffffn).toString(16)).join(':');
}

function badIp(address: string): SdkError {
  return new SdkError(
    'SDK_INVALID_ARGUMENT',
    `\`ip\` must be an IPv4 or IPv6 address, got ${JSON.stringify(address)}.`,
  );
}
