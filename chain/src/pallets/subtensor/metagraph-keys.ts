/**
 * The storage keys a subnet's metagraph reads, kept between calls. Besides saving the hashing, reusing the
 * same key strings lets the engine reuse their hash codes: a fresh 160-character key costs more to look up
 * in a large state map than the lookup itself.
 */
import { hexToU8a, u8aToHex } from '@polkadot/util';
import type { StorageItem } from '../../frame/storage-item.js';
import { hashKeyPart, storagePrefix } from '../../storage/index.js';
import * as S from './storage.js';

/** The keys of one hotkey's items on one subnet. */
export interface HotkeyKeys {
  /** `Owner(hotkey)`. */
  readonly owner: string;
  /** `Axons(netuid, hotkey)`. */
  readonly axon: string;
  /** `TotalHotkeyAlpha(hotkey, netuid)`. */
  readonly alpha: string;
  /** `TotalHotkeyAlpha(hotkey, 0)`: the root stake. */
  readonly rootAlpha: string;
  /** `AlphaDividendsPerSubnet(netuid, hotkey)`. */
  readonly dividends: string;
}

/** The keys of one subnet's per-uid items, by uid and by hotkey. */
export interface SubnetKeys {
  /** `Keys(netuid, uid)` for uids 0..n. */
  hotkeys(n: number): readonly string[];
  /** `BlockAtRegistration(netuid, uid)` for uids 0..n. */
  registrations(n: number): readonly string[];
  /** The keys of `hotkey` (its stored `0x` hex) on this subnet. */
  ofHotkey(hotkey: string): HotkeyKeys;
}

/** Hotkeys remembered per subnet before that subnet's cache starts over. */
const HOTKEYS_PER_SUBNET = 16_384;
const bySubnet = new Map<number, SubnetKeys>();

const prefixOf = (item: StorageItem<never, unknown>) => storagePrefix(item.pallet, item.name);

/** `u16` little-endian hex without `0x`: an `Identity`-hashed netuid or uid key part. */
function u16Part(n: number): string {
  return ((n & 0xff) | 0x100).toString(16).slice(1) + ((n >> 8) | 0x100).toString(16).slice(1);
}

/**
 * The (cached) metagraph storage keys of subnet `netuid`.
 *
 * @example
 * const keys = subnetKeys(1);
 * state.get(keys.hotkeys(n)[0]!); // Keys(1, 0)
 */
export function subnetKeys(netuid: number): SubnetKeys {
  let keys = bySubnet.get(netuid);
  if (keys === undefined) {
    keys = createSubnetKeys(netuid);
    bySubnet.set(netuid, keys);
  }
  return keys;
}

function createSubnetKeys(netuid: number): SubnetKeys {
  const net = u16Part(netuid);
  const root = u16Part(0);
  const byUid = (item: StorageItem<never, unknown>) => {
    const prefix = prefixOf(item) + net;
    const keys: string[] = [];
    return (n: number) => {
      for (let uid = keys.length; uid < n; uid++) keys.push(prefix + u16Part(uid));
      return keys.length === n ? keys : keys.slice(0, n);
    };
  };
  const owner = prefixOf(S.Owner);
  const axon = prefixOf(S.Axons) + net;
  const alpha = prefixOf(S.TotalHotkeyAlpha);
  const dividends = prefixOf(S.AlphaDividendsPerSubnet) + net;
  const byHotkey = new Map<string, HotkeyKeys>();
  return {
    hotkeys: byUid(S.Keys),
    registrations: byUid(S.BlockAtRegistration),
    ofHotkey(hotkey) {
      let keys = byHotkey.get(hotkey);
      if (keys === undefined) {
        const part = u8aToHex(hashKeyPart('Blake2_128Concat', hexToU8a(hotkey)), -1, false);
        keys = {
          owner: owner + part,
          axon: axon + part,
          alpha: alpha + part + net,
          rootAlpha: alpha + part + root,
          dividends: dividends + part,
        };
        if (byHotkey.size >= HOTKEYS_PER_SUBNET) byHotkey.clear();
        byHotkey.set(hotkey, keys);
      }
      return keys;
    },
  };
}
