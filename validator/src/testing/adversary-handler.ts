/**
 * What an adversary's handler gets besides the request: at least what every axon passes (`@subnetkit/miner`'s
 * `AxonHandlerContext` has more, and adversaries wrapping an honest handler pass it on unchanged).
 *
 * @example
 * const context: AdversaryContext = { signal: AbortSignal.timeout(10_000) };
 */
export type AdversaryContext = { readonly signal?: AbortSignal };

/**
 * What an adversary answers with: an axon handler (the shape `@subnetkit/miner`'s `AxonHandler` takes), so a
 * subnet's tests serve it behind a real axon exactly as they serve the honest forward.
 *
 * @example
 * const miner = createMiner({ client, signer, netuid, synapses: [Digits], handlers: { Digits: constantMiner({ predictions }) }, config });
 */
export type AdversaryHandler<context extends AdversaryContext = AdversaryContext> = (
  request: Record<string, unknown>,
  context: context,
) => Promise<Record<string, unknown>>;

/**
 * An honest handler an adversary wraps (`slowMiner`, `replayMiner`): any axon handler.
 *
 * @example
 * const honest: WrappedHandler<AxonHandlerContext> = digitsForward(model);
 */
export type WrappedHandler<context extends AdversaryContext> = (
  request: Record<string, unknown>,
  context: context,
) => Record<string, unknown> | Promise<Record<string, unknown>>;
