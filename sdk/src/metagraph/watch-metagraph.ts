import type { ApiPromise } from '@polkadot/api';
import { type GetMetagraphParameters, getMetagraph, type MetagraphClient } from './get-metagraph.js';
import { LatestValueQueue } from './latest-value-queue.js';
import type { Metagraph } from './metagraph.js';

/**
 * Parameters of {@link watchMetagraph}: what to read (as {@link getMetagraph}, always at the best block) and
 * where updates and refresh failures go.
 *
 * @example
 * const parameters: WatchMetagraphParameters = { netuid: 1, onUpdate: (m) => console.log(m.block) };
 */
export type WatchMetagraphParameters = Omit<GetMetagraphParameters, 'block'> & {
  /** Called with every new snapshot (not with the first one, which `watchMetagraph` resolves with). */
  onUpdate?: (metagraph: Metagraph) => void;
  /** Called when a refresh fails (e.g. while disconnected); the next trigger retries. Default: kept in `lastError`. */
  onError?: (error: unknown) => void;
};

/**
 * A live metagraph: `current` is the newest snapshot; iterate it with `for await` to receive `current` and then
 * each new snapshot (a slow consumer skips to the latest); `stop()` ends the subscriptions and the iterators.
 *
 * @example
 * const watcher = await watchMetagraph(client, { netuid: 1 });
 * for await (const metagraph of watcher) {
 *   console.log(metagraph.block, metagraph.n);
 *   if (metagraph.n > 10) break;
 * }
 * await watcher.stop();
 */
export type MetagraphWatcher = AsyncIterable<Metagraph> & {
  /** The newest snapshot. */
  readonly current: Metagraph;
  /** The last refresh failure, if the latest refresh failed. */
  readonly lastError: unknown;
  /** Re-reads the metagraph now (e.g. after a change the triggers do not cover, such as a stake change). */
  refresh(): Promise<Metagraph>;
  /** Unsubscribes and ends every iterator. */
  stop(): Promise<void>;
};

/** Subtensor events that change a subnet's neurons, axons or weights, and the index of their netuid argument. */
const NEURON_EVENTS: Readonly<Record<string, number>> = {
  NeuronRegistered: 0,
  BulkNeuronsRegistered: 0,
  AxonServed: 0,
  WeightsSet: 0,
};

type EventRecord = { event: { section: string; method: string; data: { toString(): string }[] } };

/**
 * Keeps a metagraph fresh from subscriptions instead of re-reading it every block. It re-reads (one
 * {@link getMetagraph}) when the subnet's epoch ran (`LastMechansimStepBlock` changed), when a block's events
 * register a neuron, serve an axon or set weights on the subnet, and after a reconnection (the `WsProvider`
 * resubscribes by itself; changes missed while disconnected are picked up by that refresh). Triggers that arrive
 * during a refresh coalesce into one more. Stake changes between epochs show at the next refresh.
 *
 * @example
 * const watcher = await watchMetagraph(client, {
 *   netuid: 1,
 *   onUpdate: (metagraph) => console.log('block', metagraph.block, 'neurons', metagraph.n),
 * });
 * console.log(watcher.current.n);
 * await watcher.stop();
 */
export async function watchMetagraph(
  client: MetagraphClient,
  parameters: WatchMetagraphParameters,
): Promise<MetagraphWatcher> {
  const { netuid, onUpdate, onError } = parameters;
  const read = () =>
    getMetagraph(client, { netuid, weights: parameters.weights ?? false, bonds: parameters.bonds ?? false });
  let current = await read();
  let lastError: unknown;
  let stopped = false;
  let dirty = false;
  let running: Promise<void> | undefined;
  const consumers = new Set<LatestValueQueue<Metagraph>>();

  const publish = (metagraph: Metagraph) => {
    if (metagraph.block < current.block) return;
    current = metagraph;
    for (const consumer of consumers) consumer.push(metagraph);
    onUpdate?.(metagraph);
  };
  const drain = async () => {
    while (dirty && !stopped) {
      dirty = false;
      try {
        publish(await read());
        lastError = undefined;
      } catch (error) {
        lastError = error;
        onError?.(error);
      }
    }
    running = undefined;
  };
  const schedule = () => {
    dirty = true;
    running ??= drain();
    return running;
  };

  const { api } = client;
  const unsubscribes = await subscribeTriggers(api, netuid, schedule);
  const onConnected = () => void schedule();
  api.on('connected', onConnected);

  return {
    get current() {
      return current;
    },
    get lastError() {
      return lastError;
    },
    async refresh() {
      await schedule();
      if (lastError !== undefined) throw lastError;
      return current;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      api.off('connected', onConnected);
      for (const unsubscribe of unsubscribes) unsubscribe();
      for (const consumer of consumers) consumer.end();
      await running;
    },
    [Symbol.asyncIterator]() {
      const consumer = new LatestValueQueue<Metagraph>(() => consumers.delete(consumer));
      if (stopped) {
        consumer.end();
      } else {
        consumer.push(current);
        consumers.add(consumer);
      }
      return consumer;
    },
  };
}

/** The storage and event subscriptions that decide when to refresh; resolves with their unsubscribe functions. */
async function subscribeTriggers(
  api: ApiPromise,
  netuid: number,
  trigger: () => void,
): Promise<(() => void)[]> {
  let lastStep: string | undefined;
  const epochs = await api.query.subtensorModule.lastMechansimStepBlock(
    netuid,
    (value: { toString(): string }) => {
      const step = value.toString();
      if (lastStep !== undefined && step !== lastStep) trigger();
      lastStep = step;
    },
  );
  const events = await api.query.system.events((records: unknown) => {
    for (const { event } of records as EventRecord[]) {
      const netuidIndex = event.section === 'subtensorModule' ? NEURON_EVENTS[event.method] : undefined;
      if (netuidIndex !== undefined && event.data[netuidIndex]?.toString() === String(netuid)) {
        trigger();
        return;
      }
    }
  });
  return [epochs as unknown as () => void, events as unknown as () => void];
}
