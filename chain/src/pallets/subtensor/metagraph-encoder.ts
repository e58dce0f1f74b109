/**
 * `get_metagraph(netuid)` encoded straight from storage: the same bytes as `encode(option(Metagraph),
 * metagraph(state, netuid))`, without building 4,096-element arrays of codec values. Per-uid items are read
 * by keys kept between calls (`metagraph-keys.ts`), account ids and axons copied from the
 * stored hex, and integers written as compacts from plain numbers.
 */
import { hexToU8a } from '@polkadot/util';
import { AccountId32, option, u64 } from '../../frame/primitives.js';
import { decode, encode } from '../../frame/scale/codec.js';
import type { StateReader } from '../../frame/state.js';
import type { StorageItem } from '../../frame/storage-item.js';
import { bytesToHex, storagePrefix } from '../../storage/index.js';
import { ChainIdentityV2, MetagraphHeader, metagraphHeader, rootStakeAsTao } from './metagraph.js';
import { subnetKeys } from './metagraph-keys.js';
import { storedVector } from './metagraph-vector.js';
import { MetagraphWriter } from './metagraph-writer.js';
import * as S from './storage.js';
import { subnetExists } from './subnets.js';
import { AxonInfo, EMPTY_AXON } from './types.js';

const NONE = new Uint8Array([0]);
const SOME = 1;
const ACCOUNT_HEX_LENGTH = 2 + 64;
const U64_HEX_LENGTH = 2 + 16;
const AXON_HEX_LENGTH = 2 + 68;
const EMPTY_AXON_BYTES = encode(AxonInfo, EMPTY_AXON);
const fallbackHex = (item: StorageItem<never, unknown>) => bytesToHex(item.fallback);
const noHotkey = fallbackHex(S.Keys);
const noOwner = fallbackHex(S.Owner);
const noRegistration = fallbackHex(S.BlockAtRegistration);
const noAlpha = fallbackHex(S.TotalHotkeyAlpha);
const noDividends = fallbackHex(S.AlphaDividendsPerSubnet);
const identitiesPrefix = storagePrefix(S.IdentitiesV2.pallet, S.IdentitiesV2.name);

/** Upper bound of the encoded size of one uid across all per-uid vectors. */
const BYTES_PER_UID =
  32 + // hotkey
  32 + // coldkey
  1 + // identity None (identities that are set are counted apart)
  EMPTY_AXON_BYTES.length +
  9 + // block_at_registration
  9 + // alpha_stake
  9 + // tao_stake
  17 + // total_stake (alpha + tao may pass u64)
  32 +
  1 + // tao dividends (hotkey, 0)
  32 +
  9; // alpha dividends (hotkey, amount)
/** Upper bound of one stored vector entry re-encoded (Compact<u64>). */
const BYTES_PER_VECTOR_ENTRY = 9;
/** Room for the 20 vector length prefixes. */
const LENGTH_PREFIXES = 20 * 5;

/**
 * Each owner's encoded `Option<ChainIdentityV2>` (`IdentitiesV2`), or undefined when no coldkey has an identity
 * (one key read instead of a hashed read per uid: then every entry is None).
 */
function ownerIdentities(state: StateReader, owners: readonly string[]): Uint8Array[] | undefined {
  if (state.getKeysPaged(identitiesPrefix, 1).length === 0) return undefined;
  const byOwner = new Map<string, Uint8Array>();
  return owners.map((owner) => {
    let bytes = byOwner.get(owner);
    if (bytes === undefined) {
      const identity = S.IdentitiesV2.get(state, hexToU8a(owner));
      bytes =
        identity === undefined ? NONE : encode(option(ChainIdentityV2), { type: 'Some', value: identity });
      byOwner.set(owner, bytes);
    }
    return bytes;
  });
}

/**
 * The SCALE `Option<Metagraph>` answer of `get_metagraph(netuid)`.
 *
 * @example
 * const bytes = encodeMetagraph(state, 1); // equals encode(option(Metagraph), some(metagraph(state, 1)))
 */
export function encodeMetagraph(state: StateReader, netuid: number): Uint8Array {
  if (!subnetExists(state, netuid)) return NONE;
  const header = encode(MetagraphHeader, metagraphHeader(state, netuid));
  const n = S.SubnetworkN.get(state, netuid);
  const active = storedVector(state, S.Active, netuid, 'bool');
  const permit = storedVector(state, S.ValidatorPermit, netuid, 'bool');
  const lastUpdate = storedVector(state, S.LastUpdate, netuid, 'u64');
  const emission = storedVector(state, S.Emission, netuid, 'u64');
  const dividends = storedVector(state, S.Dividends, netuid, 'u16');
  const incentives = storedVector(state, S.Incentive, netuid, 'u16');
  const consensus = storedVector(state, S.Consensus, netuid, 'u16');
  const vectors = [active, permit, lastUpdate, emission, dividends, incentives, consensus];
  const entries = vectors.reduce((sum, v) => sum + v.length, 0);
  const keys = subnetKeys(netuid);
  const hotkeys = keys.hotkeys(n).map((key) => checkedAccount(state.get(key) ?? noHotkey));
  const byHotkey = hotkeys.map((hk) => keys.ofHotkey(hk));
  const owners = byHotkey.map((k) => state.get(k.owner) ?? noOwner);
  const identities = ownerIdentities(state, owners);
  const identityBytes = identities?.reduce((sum, bytes) => sum + bytes.length, 0) ?? 0;
  const w = new MetagraphWriter(
    1 +
      header.length +
      n * BYTES_PER_UID +
      identityBytes +
      entries * BYTES_PER_VECTOR_ENTRY +
      LENGTH_PREFIXES,
  );
  w.byte(SOME);
  w.bytes(header);

  writeAccounts(w, hotkeys);
  writeAccounts(w, owners);
  w.compact(n);
  if (identities === undefined) for (let i = 0; i < n; i++) w.byte(0);
  else for (const bytes of identities) w.bytes(bytes);
  w.compact(n);
  for (const k of byHotkey) writeAxon(w, state.get(k.axon));
  active.write(w);
  permit.write(w);
  w.compact(0); // pruning_score
  lastUpdate.write(w);
  emission.write(w);
  dividends.write(w);
  incentives.write(w);
  consensus.write(w);
  w.compact(0); // trust
  w.compact(0); // rank

  w.compact(n);
  for (const key of keys.registrations(n)) writeU64(w, state.get(key) ?? noRegistration);
  w.compact(n);
  const alpha = byHotkey.map((k) => writeU64(w, state.get(k.alpha) ?? noAlpha));
  const taoWeight = S.TaoWeight.get(state);
  w.compact(n);
  const tao = byHotkey.map((k) => {
    const rootStake = state.get(k.rootAlpha);
    const value = rootStake === null ? 0n : rootStakeAsTao(readU64(rootStake), taoWeight);
    w.compactBig(value);
    return value;
  });
  w.compact(n);
  for (let i = 0; i < n; i++) {
    const a = alpha[i];
    const t = tao[i];
    if (t === 0n) writeCompact(w, a);
    else w.compactBig(BigInt(a) + t);
  }
  w.compact(n);
  for (const hk of hotkeys) {
    w.hex(hk);
    w.byte(0);
  }
  w.compact(n);
  for (let i = 0; i < n; i++) {
    w.hex(hotkeys[i]);
    writeU64(w, state.get(byHotkey[i].dividends) ?? noDividends);
  }
  return w.result();
}

/** Stored account hex as it is when it has the right length, else decoded (which throws as the codec does). */
function checkedAccount(hex: string): string {
  return hex.length === ACCOUNT_HEX_LENGTH ? hex : bytesToHex(decode<Uint8Array>(AccountId32, hexToU8a(hex)));
}

function writeAccounts(w: MetagraphWriter, accounts: readonly string[]): void {
  w.compact(accounts.length);
  for (const hex of accounts) w.hex(checkedAccount(hex));
}

function writeAxon(w: MetagraphWriter, hex: string | null): void {
  if (hex === null) w.bytes(EMPTY_AXON_BYTES);
  else if (hex.length === AXON_HEX_LENGTH) w.hex(hex);
  else w.bytes(encode(AxonInfo, decode(AxonInfo, hexToU8a(hex))));
}

function readU64(hex: string): bigint {
  return hex.length === U64_HEX_LENGTH ? Buffer.from(hex.slice(2), 'hex').readBigUInt64LE(0) : decodeU64(hex);
}

function writeU64(w: MetagraphWriter, hex: string): number | bigint {
  if (hex.length === U64_HEX_LENGTH) return w.compactU64Hex(hex);
  const value = decodeU64(hex);
  w.compactBig(value);
  return value;
}

function decodeU64(hex: string): bigint {
  return decode<bigint>(u64, hexToU8a(hex));
}

function writeCompact(w: MetagraphWriter, value: number | bigint): void {
  if (typeof value === 'number') w.compact(value);
  else w.compactBig(value);
}
