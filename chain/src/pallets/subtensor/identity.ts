/**
 * Chain and subnet identities and token symbols (subtensor `utils/identity.rs`, `update_symbol` in
 * `macros/dispatches.rs`): `set_identity`, `set_subnet_identity` and `update_symbol`, with subtensor's field limits
 * and ownership checks. `register_network_with_identity` stores its identity through {@link storeSubnetIdentity}.
 */
import type { DispatchContext, Origin } from '../../frame/define-pallet.js';
import { DispatchFailure, ensureSigned } from '../../frame/define-pallet.js';
import { ensure } from './errors.js';
import { deposit } from './events.js';
import { mapKeySuffixes, u16At } from './map-keys.js';
import type { SubnetIdentityValue } from './scale-types.js';
import {
  IdentitiesV2,
  IsNetworkMember,
  OwnedHotkeys,
  SubnetIdentitiesV3,
  SubnetOwner,
  TokenSymbol,
} from './storage.js';
import { isKnownSymbol, symbolInUse } from './subnet-symbols.js';

/** The fields of `ChainIdentityV2` with their byte limits (`is_valid_identity`). */
const CHAIN_IDENTITY_LIMITS = {
  name: 256,
  url: 256,
  github_repo: 256,
  image: 1024,
  discord: 256,
  description: 1024,
  additional: 1024,
} as const;

/** A `ChainIdentityV2` value: each field's bytes. */
export type ChainIdentityValue = { readonly [F in keyof typeof CHAIN_IDENTITY_LIMITS]: Uint8Array };

/** The fields of `SubnetIdentityV3` with their byte limits (`is_valid_subnet_identity`). */
const SUBNET_IDENTITY_LIMITS = {
  subnet_name: 256,
  github_repo: 1024,
  subnet_contact: 1024,
  subnet_url: 1024,
  discord: 256,
  description: 1024,
  logo_url: 1024,
  additional: 1024,
} as const;

/** Whether every field is within its limit. */
function withinLimits(identity: Record<string, Uint8Array>, limits: Record<string, number>): boolean {
  return Object.entries(limits).every(([field, max]) => (identity[field]?.length ?? 0) <= max);
}

/**
 * `is_valid_identity`: each field within its limit, and name + url + image + discord + description + additional
 * (github_repo is not counted, as on subtensor) at most 4,096 bytes, which the field limits already imply.
 *
 * @example
 * isValidIdentity({ ...empty, name: new Uint8Array(257) }) // false
 */
export function isValidIdentity(identity: ChainIdentityValue): boolean {
  const { name, url, image, discord, description, additional } = identity;
  const total = [name, url, image, discord, description, additional].reduce((n, f) => n + f.length, 0);
  return total <= 256 + 256 + 256 + 1024 + 256 + 1024 + 1024 && withinLimits(identity, CHAIN_IDENTITY_LIMITS);
}

/**
 * `is_valid_subnet_identity`: each field within its limit (subnet_name + github_repo + subnet_contact are also
 * summed against 6,656 bytes, which the field limits already imply).
 *
 * @example
 * isValidSubnetIdentity({ ...empty, discord: new Uint8Array(257) }) // false
 */
export function isValidSubnetIdentity(identity: SubnetIdentityValue): boolean {
  const total = identity.subnet_name.length + identity.github_repo.length + identity.subnet_contact.length;
  return total <= 256 + 1024 * 6 + 256 && withinLimits(identity, SUBNET_IDENTITY_LIMITS);
}

/** `is_hotkey_registered_on_any_network`: some `IsNetworkMember(hotkey, ·)` entry is true. */
function registeredOnAnyNetwork(ctx: DispatchContext, hotkey: Uint8Array): boolean {
  return mapKeySuffixes(ctx.state, IsNetworkMember, hotkey).some((key) =>
    IsNetworkMember.get(ctx.state, hotkey, u16At(key, 0)),
  );
}

/**
 * `set_identity`: the signer (a coldkey owning a hotkey registered on some subnet, else
 * `HotKeyNotRegisteredInNetwork`) stores its `ChainIdentityV2` (`InvalidIdentity` past the limits); emits
 * `ChainIdentitySet`.
 *
 * @example
 * setIdentity(ctx, coldkey, { name, url, github_repo, image, discord, description, additional });
 */
export function setIdentity(ctx: DispatchContext, coldkey: Uint8Array, identity: ChainIdentityValue): void {
  const hotkeys = OwnedHotkeys.get(ctx.state, coldkey);
  ensure(
    hotkeys.some((hotkey) => registeredOnAnyNetwork(ctx, hotkey)),
    'HotKeyNotRegisteredInNetwork',
  );
  ensure(isValidIdentity(identity), 'InvalidIdentity');
  IdentitiesV2.set(ctx.state, coldkey, { ...identity });
  deposit(ctx, 'ChainIdentitySet', coldkey);
}

/**
 * Validates and stores a subnet's identity and emits `SubnetIdentitySet` (`set_subnet_identity` after its owner
 * check, and `register_network_with_identity`).
 *
 * @example
 * storeSubnetIdentity(ctx, 1, identity);
 */
export function storeSubnetIdentity(
  ctx: DispatchContext,
  netuid: number,
  identity: SubnetIdentityValue,
): void {
  ensure(isValidSubnetIdentity(identity), 'InvalidIdentity');
  SubnetIdentitiesV3.set(ctx.state, netuid, { ...identity });
  deposit(ctx, 'SubnetIdentitySet', netuid);
}

/**
 * `set_subnet_identity`: only the subnet's owner coldkey (`NotSubnetOwner`) sets its identity.
 *
 * @example
 * setSubnetIdentity(ctx, ownerColdkey, 1, identity);
 */
export function setSubnetIdentity(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  netuid: number,
  identity: SubnetIdentityValue,
): void {
  ensure(Buffer.from(SubnetOwner.get(ctx.state, netuid)).equals(coldkey), 'NotSubnetOwner');
  storeSubnetIdentity(ctx, netuid, identity);
}

/**
 * `update_symbol`: root or the subnet's owner coldkey (else `BadOrigin`) sets the subnet's token symbol to one of
 * the table's symbols (`SymbolDoesNotExist`; root's `Τ` is not one) that no subnet uses (`SymbolAlreadyInUse`, the
 * subnet's own current symbol included); emits `SymbolUpdated`.
 *
 * @example
 * updateSymbol(ctx, origin, 1, new TextEncoder().encode('β'));
 */
export function updateSymbol(ctx: DispatchContext, origin: Origin, netuid: number, symbol: Uint8Array): void {
  if (origin.type !== 'Root') {
    const who = ensureSigned(origin);
    if (!Buffer.from(SubnetOwner.get(ctx.state, netuid)).equals(who))
      throw new DispatchFailure({ other: { type: 'BadOrigin' } });
  }
  ensure(isKnownSymbol(symbol), 'SymbolDoesNotExist');
  ensure(!symbolInUse(ctx.state, symbol), 'SymbolAlreadyInUse');
  TokenSymbol.set(ctx.state, netuid, symbol);
  deposit(ctx, 'SymbolUpdated', { netuid, symbol });
}
