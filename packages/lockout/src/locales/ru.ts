// Russian messages of @kabinet/lockout: its only issue is a policy that fails its checks. The
// answers to users are the callers' own (`@kabinet/account`'s `auth.*`), translated from
// `PasswordOutcome` and the code / send decisions in one place each.
export const ru = {
  'lockout.policy.invalid': 'Недопустимая настройка ограничений: {field} ({rule})',
} as const;
