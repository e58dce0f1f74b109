import { defineErrors } from '../../frame/define-errors.js';

/** `pallet_sudo::Error`, in declaration order (index = position). */
export const sudoErrors = defineErrors('Sudo', ['RequireSudo']);
