/** `pallet_admin_utils::Event`, with subtensor's names, named fields and indices. */
import { defineEvents, event } from '../../frame/define-events.js';
import { enumType, variant } from '../../frame/primitives.js';
import { bool, scaleType, u16 } from '../../frame/scale-types.js';
import { NetUid, U64F64 } from '../subtensor/scale-types.js';

/** `PrecompileEnum`: the EVM precompiles `sudo_toggle_evm_precompile` switches (declared for the event only). */
const PrecompileEnum = scaleType<{ type: string }>(
  enumType(
    ['pallet_admin_utils', 'pallet', 'PrecompileEnum'],
    [
      'BalanceTransfer',
      'Staking',
      'Subnet',
      'Metagraph',
      'Neuron',
      'UidLookup',
      'Alpha',
      'Crowdloan',
      'Proxy',
      'Leasing',
      'AddressMapping',
      'VotingPower',
    ].map((name, i) => variant(i, name)),
  ),
  'PrecompileEnum',
);

/** The declared events (index = subtensor's enum position). */
export const adminUtilsEvents = defineEvents('AdminUtils', {
  PrecompileUpdated: event(
    0,
    { precompile_id: PrecompileEnum, enabled: bool },
    ' Event emitted when a precompile operation is updated.',
  ),
  Yuma3EnableToggled: event(
    1,
    { netuid: NetUid, enabled: bool },
    ' Event emitted when the Yuma3 enable is toggled.',
  ),
  BondsResetToggled: event(
    2,
    { netuid: NetUid, enabled: bool },
    ' Event emitted when Bonds Reset is toggled.',
  ),
  BurnHalfLifeSet: event(
    3,
    { netuid: NetUid, burn_half_life: u16 },
    ' Event emitted when the burn half-life parameter is set for a subnet.',
  ),
  BurnIncreaseMultSet: event(
    4,
    { netuid: NetUid, burn_increase_mult: U64F64 },
    ' Event emitted when the burn increase multiplier is set for a subnet.',
  ),
  SubnetEmissionEnabledSet: event(
    5,
    { netuid: NetUid, enabled: bool },
    ' Pool-side subnet emission injections and chain buys were enabled or disabled.',
  ),
});
