import type { ApiPromise } from '@polkadot/api';
import type { Codec } from '@polkadot/types/types';
import type { SetWeightsState } from './check-set-weights.js';
import { bigintOf, booleanOf, numberOf, optionOf } from './codec-values.js';

const uidOf = (codec: Codec) => {
  const value = optionOf(codec);
  return value === undefined ? undefined : numberOf(value);
};

/**
 * Reads, at the best block, every storage item `set_weights`'s checks use for `hotkey` on `netuid`.
 *
 * @example
 * const state = await readSetWeightsState(client.api, { netuid: 1, hotkey: signer.address });
 * const rejection = checkSetWeights(state, { netuid: 1, uids, values, versionKey: 0n });
 */
export async function readSetWeightsState(
  api: ApiPromise,
  parameters: { netuid: number; hotkey: string },
): Promise<SetWeightsState> {
  const { netuid, hotkey } = parameters;
  const header = await api.rpc.chain.getHeader();
  const at = await api.at(header.hash);
  const q = at.query.subtensorModule;
  const [
    added,
    commitReveal,
    n,
    uid,
    ownerHotkey,
    alpha,
    root,
    taoWeight,
    threshold,
    versionKey,
    lastUpdate,
  ] = await Promise.all([
    q.networksAdded(netuid),
    q.commitRevealWeightsEnabled(netuid),
    q.subnetworkN(netuid),
    q.uids(netuid, hotkey),
    q.subnetOwnerHotkey(netuid),
    q.totalHotkeyAlpha(hotkey, netuid),
    q.totalHotkeyAlpha(hotkey, 0),
    q.taoWeight(),
    q.stakeThreshold(),
    q.weightsVersionKey(netuid),
    q.lastUpdate(netuid),
  ]);
  const [ownerUid, rateLimit, permits, minAllowed, maxLimit] = await Promise.all([
    q.uids(netuid, ownerHotkey.toString()),
    q.weightsSetRateLimit(netuid),
    q.validatorPermit(netuid),
    q.minAllowedWeights(netuid),
    q.maxWeightsLimit(netuid),
  ]);
  const myUid = uidOf(uid);
  const entry = (codec: Codec, index: number | undefined) =>
    index === undefined ? undefined : (codec as unknown as Codec[])[index];
  const last = entry(lastUpdate, myUid);
  const permit = entry(permits, myUid);
  return {
    block: header.number.toNumber(),
    subnetExists: booleanOf(added),
    commitRevealEnabled: booleanOf(commitReveal),
    n: numberOf(n),
    uid: myUid,
    ownerUid: uidOf(ownerUid),
    alphaStake: bigintOf(alpha),
    rootStake: bigintOf(root),
    taoWeight: bigintOf(taoWeight),
    stakeThreshold: bigintOf(threshold),
    weightsVersionKey: bigintOf(versionKey),
    lastUpdate: last === undefined ? 0 : numberOf(last),
    weightsSetRateLimit: numberOf(rateLimit),
    validatorPermit: permit === undefined ? false : booleanOf(permit),
    minAllowedWeights: numberOf(minAllowed),
    maxWeightsLimit: numberOf(maxLimit),
  };
}
