// Russian messages of @kabinet/validators: one module per area, merged here.
export const ru = {
} as const;
