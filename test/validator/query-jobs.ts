import type { QueryJob } from '@subnetkit/validator';

/**
 * The query jobs of one step of netuid 1, one per uid (hotkey `hotkey-<uid>`, axon port 8000 + uid, challenge
 * `{ x: uid }`), for the queue tests.
 */
export function queryJobs(step: number, uids: number[], deadlineMs = Date.now() + 20_000): QueryJob[] {
  return uids.map((uid) => ({
    id: `1:${step}:${uid}`,
    netuid: 1,
    step,
    seed: '0x00',
    uid,
    hotkey: `hotkey-${uid}`,
    axon: { ip: '127.0.0.1', port: 8000 + uid, hotkey: `hotkey-${uid}` },
    challenge: { x: uid },
    deadlineMs,
  }));
}
