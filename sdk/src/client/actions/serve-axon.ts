import { SdkError } from '../../errors/sdk-error.js';
import type { SubtensorClient } from '../create-subtensor-client.js';
import { encodeIp } from '../ip-address.js';
import { type SubmitExtrinsicReturnType, type SubmitOptions, submitExtrinsic } from '../submit-extrinsic.js';
import { u16Argument } from '../validate-arguments.js';

/**
 * Parameters of {@link serveAxon}.
 *
 * @example
 * const parameters: ServeAxonParameters = { signer: hotkey, netuid: 1, ip: '203.0.113.7', port: 8091 };
 */
export type ServeAxonParameters = SubmitOptions & {
  netuid: number;
  /** Public IPv4 or IPv6 address validators should reach. */
  ip: string;
  /** Port, 1..65535. */
  port: number;
  /** Protocol number stored with the axon. Default 4, as Bittensor's axon sends. */
  protocol?: number;
  /** Version stored with the axon (Bittensor uses `version_as_int`). Default 0. */
  version?: number;
};

/**
 * Announces where the signer's hotkey serves on `netuid` (`SubtensorModule.serve_axon`, signed by the hotkey).
 * The chain rate-limits it (`ServingRateLimitExceeded`) and refuses loopback addresses (`InvalidIpAddress`).
 *
 * @example
 * const hotkey = createSigner(await readKeyfile({ path: walletPaths({ name: 'miner' }).hotkey }));
 * await serveAxon(client, { signer: hotkey, netuid: 1, ip: '203.0.113.7', port: 8091 });
 */
export async function serveAxon(
  client: SubtensorClient,
  parameters: ServeAxonParameters,
): Promise<SubmitExtrinsicReturnType> {
  const netuid = u16Argument('netuid', parameters.netuid);
  const port = u16Argument('port', parameters.port);
  if (port === 0) throw new SdkError('SDK_INVALID_ARGUMENT', '`port` must be in 1..65535, got 0.');
  const { ip, ipType } = encodeIp(parameters.ip);
  const protocol = parameters.protocol ?? 4;
  if (!Number.isInteger(protocol) || protocol < 0 || protocol > 255) {
    throw new SdkError('SDK_INVALID_ARGUMENT', `\`protocol\` must be a u8, got ${protocol}.`);
  }
  const version = parameters.version ?? 0;
  if (!Number.isInteger(version) || version < 0 || version > 0xffff_ffff) {
    throw new SdkError('SDK_INVALID_ARGUMENT', `\`version\` must be a u32, got ${version}.`);
  }
  return submitExtrinsic(client, {
    ...parameters,
    call: (api) => api.tx.subtensorModule.serveAxon(netuid, version, ip, port, ipType, protocol, 0, 0),
  });
}
