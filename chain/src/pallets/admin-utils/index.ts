import { definePallet } from '../../frame/define-pallet.js';
import { adminUtilsCalls } from './calls.js';
import { adminUtilsErrors } from './errors.js';
import { adminUtilsEvents } from './events.js';

/**
 * `pallet_admin_utils` as `AdminUtils` (index 19): the `sudo_set_*` hyperparameter setters.
 *
 * @example
 * const pallets = [subtensorPallet, adminUtilsPallet];
 */
export const adminUtilsPallet = definePallet({
  name: 'AdminUtils',
  index: 19,
  crate: 'pallet_admin_utils',
  calls: adminUtilsCalls,
  events: adminUtilsEvents,
  errors: adminUtilsErrors,
});
