/**
 * Subnet system accounts (subtensor `is_subnet_account_id`): `SubtensorPalletId` (`b"subtensr"`) sub-accounts,
 * `b"modl" ++ b"subtensr" ++ SCALE(netuid: u16)` padded with zeros to 32 bytes, which may never own a hotkey.
 */
const PREFIX = new TextEncoder().encode('modlsubtensr');

/**
 * Whether `account` is the system account of some netuid (`PalletId::try_from_sub_account`: the prefix, a u16,
 * then only zero bytes).
 *
 * @example
 * isSubnetAccountId(hotkey) // false for any key made from a seed
 */
export function isSubnetAccountId(account: Uint8Array): boolean {
  if (account.length !== 32 || PREFIX.some((b, i) => account[i] !== b)) return false;
  return account.subarray(PREFIX.length + 2).every((b) => b === 0);
}
