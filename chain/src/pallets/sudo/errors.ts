/** `pallet_sudo::Error`, in declaration order (index = position). */
export const sudoErrors = ['RequireSudo'] as const;
