/** The chaos suite's faults, drawn from a seed so that a failing run can be replayed with `CHAOS_SEED`. */
import { seededRandom } from '@subnetkit/validator';

/** One fault: what breaks, which one (a miner or validator index), and for how long before it is repaired. */
export type Fault =
  | { readonly kind: 'miner-crash'; readonly target: number; readonly downMs: number }
  | { readonly kind: 'validator-kill'; readonly target: number; readonly downMs: number }
  | { readonly kind: 'redis-restart'; readonly downMs: number }
  | { readonly kind: 'devnet-restart'; readonly downMs: number }
  | {
      readonly kind: 'network-delay';
      readonly target: number;
      readonly delayMs: number;
      readonly downMs: number;
    };

/** A fault and the quiet time before it. */
export type ScheduledFault = { readonly pauseMs: number; readonly fault: Fault };

export const FAULT_KINDS = [
  'miner-crash',
  'validator-kill',
  'redis-restart',
  'devnet-restart',
  'network-delay',
] as const satisfies readonly Fault['kind'][];

/** What the schedule draws from. */
export type FaultScheduleParameters = {
  readonly seed: string;
  readonly count: number;
  readonly miners: number;
  readonly validators: number;
  /** Indices of the miners behind a delay proxy. */
  readonly proxiedMiners: readonly number[];
};

/**
 * `count` faults, one at a time: the first `FAULT_KINDS.length` are every kind once in a seeded order (so even a
 * short run covers all of them), later ones any kind. Pauses of 1–4 s, outages of 0.5–3 s, delays of 0.2–2 s.
 */
export function faultSchedule(parameters: FaultScheduleParameters): ScheduledFault[] {
  const random = seededRandom(parameters.seed);
  const between = (low: number, high: number) => low + random.int(high - low + 1);
  const order = [...FAULT_KINDS];
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [order[i], order[j]] = [order[j] as Fault['kind'], order[i] as Fault['kind']];
  }
  const draw = (kind: Fault['kind']): Fault => {
    const downMs = between(500, 3000);
    switch (kind) {
      case 'miner-crash':
        return { kind, target: random.int(parameters.miners), downMs };
      case 'validator-kill':
        return { kind, target: random.int(parameters.validators), downMs };
      case 'network-delay': {
        const target = parameters.proxiedMiners[random.int(parameters.proxiedMiners.length)] as number;
        return { kind, target, delayMs: between(200, 2000), downMs: between(2000, 6000) };
      }
      default:
        return { kind, downMs };
    }
  };
  return Array.from({ length: parameters.count }, (_, i) => ({
    pauseMs: between(1000, 4000),
    fault: draw(order[i] ?? (FAULT_KINDS[random.int(FAULT_KINDS.length)] as Fault['kind'])),
  }));
}
