/** `serve_axon`, `serve_axon_tls`, `serve_prometheus` (subtensor `subnets/serving.rs`). */
import type { DispatchContext } from '../../frame/define-pallet.js';
import { ensure } from './errors.js';
import { deposit } from './events.js';
import { Axons, IsNetworkMember, NeuronCertificates, Prometheus, ServingRateLimit } from './storage.js';
import type { AxonInfoValue, PrometheusInfoValue } from './types.js';

const U128_MAX = (1n << 128n) - 1n;

/** `is_valid_ip_type`: 4 or 6. @example isValidIpType(4) // true */
export function isValidIpType(ipType: number): boolean {
  return ipType === 4 || ipType === 6;
}

/** `is_valid_ip_address`: v4 below 2^32−1 and not 127.0.0.1; v6 not all-ones and not ::1; 0 is allowed. */
export function isValidIpAddress(ipType: number, ip: bigint): boolean {
  if (ip === 0n) return true;
  if (ipType === 4) return ip < 0xffffffffn && ip !== 0x7f000001n;
  if (ipType === 6) return ip !== U128_MAX && ip !== 1n;
  return false;
}

function rateOk(ctx: DispatchContext, netuid: number, prevBlock: bigint | undefined): boolean {
  const limit = ServingRateLimit.get(ctx.state, netuid);
  if (limit === 0n || prevBlock === undefined || prevBlock === 0n) return true;
  return BigInt(ctx.blockNumber) - prevBlock >= limit;
}

/** Arguments of `serve_axon` (and `serve_axon_tls` without the certificate). */
export interface ServeAxonArgs {
  netuid: number;
  version: number;
  ip: bigint;
  port: number;
  ip_type: number;
  protocol: number;
  placeholder1: number;
  placeholder2: number;
}

/**
 * `do_serve_axon`: validates and stores `Axons[netuid][hotkey]`, plus the certificate when given.
 *
 * @example
 * serveAxon(ctx, hotkey, { netuid: 1, version: 1, ip: 3232235777n, port: 8091, ip_type: 4, protocol: 4, placeholder1: 0, placeholder2: 0 });
 */
export function serveAxon(
  ctx: DispatchContext,
  hotkey: Uint8Array,
  a: ServeAxonArgs,
  certificate?: Uint8Array,
): void {
  const { state } = ctx;
  ensure(IsNetworkMember.get(state, hotkey, a.netuid), 'HotKeyNotRegisteredInNetwork');
  ensure(isValidIpType(a.ip_type), 'InvalidIpType');
  ensure(isValidIpAddress(a.ip_type, a.ip), 'InvalidIpAddress');
  const prev = Axons.get(state, a.netuid, hotkey);
  ensure(rateOk(ctx, a.netuid, prev?.block), 'ServingRateLimitExceeded');
  ensure(a.port !== 0, 'InvalidPort');
  if (certificate !== undefined && certificate.length > 0 && certificate.length <= 65)
    NeuronCertificates.set(state, a.netuid, hotkey, {
      algorithm: certificate[0],
      public_key: certificate.slice(1),
    });
  const info: AxonInfoValue = {
    block: BigInt(ctx.blockNumber),
    version: a.version,
    ip: a.ip,
    port: a.port,
    ip_type: a.ip_type,
    protocol: a.protocol,
    placeholder1: a.placeholder1,
    placeholder2: a.placeholder2,
  };
  Axons.set(state, a.netuid, hotkey, info);
  deposit(ctx, 'AxonServed', [a.netuid, hotkey]);
}

/**
 * `do_serve_prometheus`: validates and stores `Prometheus[netuid][hotkey]`.
 *
 * @example
 * servePrometheus(ctx, hotkey, { netuid: 1, version: 1, ip: 3232235777n, port: 9090, ip_type: 4 });
 */
export function servePrometheus(
  ctx: DispatchContext,
  hotkey: Uint8Array,
  a: { netuid: number; version: number; ip: bigint; port: number; ip_type: number },
): void {
  const { state } = ctx;
  ensure(isValidIpType(a.ip_type), 'InvalidIpType');
  ensure(isValidIpAddress(a.ip_type, a.ip), 'InvalidIpAddress');
  ensure(IsNetworkMember.get(state, hotkey, a.netuid), 'HotKeyNotRegisteredInNetwork');
  const prev = Prometheus.get(state, a.netuid, hotkey);
  ensure(rateOk(ctx, a.netuid, prev?.block), 'ServingRateLimitExceeded');
  ensure(a.port !== 0, 'InvalidPort');
  const info: PrometheusInfoValue = {
    block: BigInt(ctx.blockNumber),
    version: a.version,
    ip: a.ip,
    port: a.port,
    ip_type: a.ip_type,
  };
  Prometheus.set(state, a.netuid, hotkey, info);
  deposit(ctx, 'PrometheusServed', [a.netuid, hotkey]);
}
