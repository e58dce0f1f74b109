import { setTimeout as sleep } from 'node:timers/promises';
import type { Devnet } from '@subnetkit/chain';
import type { Validator } from '@subnetkit/validator';

/** What {@link startBlockPacer} drives. */
export type BlockPacerParameters = {
  /** A devnet in `manual` mode: the pacer is its only block producer. */
  readonly devnet: Devnet;
  /** Validators whose step on each block the pacer waits for. */
  readonly validators: readonly Validator[];
  /** Shortest time between blocks (ms). */
  readonly blockTimeMs: number;
  /** Longest wait for the validators' steps before the next block anyway (ms). */
  readonly stepWaitMs: number;
  /** Called with each new block number; the next block waits for it. */
  readonly onBlock: (block: number) => Promise<void>;
  /** Called when building a block or `onBlock` fails; the pacer keeps going. */
  readonly onError: (error: unknown) => void;
};

/** A running pacer. */
export type BlockPacer = {
  /** Stops after the block in progress; resolves once the loop has ended. Idempotent. */
  stop(): Promise<void>;
};

/** Resolves once `validator` reported a step on `block` or later, or when `abort` fires. */
function stepOn(validator: Validator, block: number, abort: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      off();
      abort.removeEventListener('abort', done);
      resolve();
    };
    const off = validator.on('step', (report) => {
      if (report.block >= block) done();
    });
    abort.addEventListener('abort', done, { once: true });
  });
}

/**
 * Builds blocks no faster than `blockTimeMs` and, after each, waits until every validator has stepped on it (at most
 * `stepWaitMs`), so every block is scored even when the machine is busy: on an idle machine this is a fixed block
 * time; on a loaded one blocks slow down instead of validators skipping them.
 *
 * @example
 * devnet.producer.setMode('manual');
 * const pacer = startBlockPacer({ devnet, validators, blockTimeMs: 250, stepWaitMs: 5000, onBlock, onError });
 * await pacer.stop();
 */
export function startBlockPacer(parameters: BlockPacerParameters): BlockPacer {
  const { devnet, validators, blockTimeMs, stepWaitMs, onBlock, onError } = parameters;
  const stopping = new AbortController();
  const loop = (async () => {
    while (!stopping.signal.aborted) {
      const began = performance.now();
      const block = devnet.chain.head().number + 1;
      const round = AbortSignal.any([stopping.signal, AbortSignal.timeout(stepWaitMs)]);
      const stepped = Promise.all(validators.map((v) => stepOn(v, block, round)));
      try {
        await devnet.newBlock();
        await onBlock(block);
      } catch (error) {
        onError(error);
      }
      await stepped;
      const rest = blockTimeMs - (performance.now() - began);
      if (rest > 0 && !stopping.signal.aborted) {
        await sleep(rest, undefined, { signal: stopping.signal }).catch(() => undefined);
      }
    }
  })();
  return {
    stop: async () => {
      stopping.abort();
      await loop;
    },
  };
}
