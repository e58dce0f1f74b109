import type { RpcContext } from './rpc-context.js';

/** Each runtime's metadata as hex: the runtime never changes while the node runs. */
const encoded = new WeakMap<RpcContext['runtime'], string>();

/**
 * `state_getMetadata`'s answer: the runtime's V14 metadata as `0x` hex, encoded once per runtime, so a
 * client (or a batch) asking again costs no re-encoding.
 *
 * @example
 * state_getMetadata: (ctx) => metadataHex(ctx.runtime)
 */
export function metadataHex(runtime: RpcContext['runtime']): string {
  let hex = encoded.get(runtime);
  if (hex === undefined) {
    const bytes = runtime.metadata.v14;
    hex = `0x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')}`;
    encoded.set(runtime, hex);
  }
  return hex;
}
