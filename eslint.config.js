// ESLint runs typescript-eslint's type-checked rules over the sources, tests and benchmarks of
// every package and example (`pnpm lint:code`). Prettier owns formatting.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      'docs/',
      // Generated from the OpenAPI document; their drift tests compare them byte for byte.
      'examples/*/src/api-types.ts',
    ],
  },
  {
    files: [
      'packages/*/{src,test,bench}/**/*.{ts,tsx}',
      'examples/*/{src,test,scripts,bench}/**/*.{ts,tsx}',
    ],
    extends: [tseslint.configs.recommendedTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: {
        // One program over the whole workspace (tsconfig.eslint.json) instead of the project
        // service's program per package: every package's program loads its siblings' sources,
        // so nineteen of them ran out of memory after six minutes on CI's two cores.
        project: [
          './tsconfig.eslint.json',
          './examples/portal/tsconfig.json',
          './examples/portal/tsconfig.node.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Ports return promises; adapters and fakes implement them with `async` functions so that
      // a throw becomes a rejection, whether or not the body awaits anything.
      '@typescript-eslint/require-await': 'off',
      // An object type alias stays assignable to `Record<string, unknown>`; an interface is not.
      '@typescript-eslint/consistent-type-definitions': 'off',
      // Ownership and version checks spell the missing record out (`payment === undefined ||
      // payment.accountId !== accountId`); `payment?.accountId !== accountId` would make them
      // depend on the other side never being undefined.
      '@typescript-eslint/prefer-optional-chain': 'off',
      // `a?.includes(x) || b` is a logical or of booleans, not a default for a missing value.
      '@typescript-eslint/prefer-nullish-coalescing': [
        'error',
        { ignorePrimitives: { boolean: true } },
      ],
      // A callback passes a caught value on as it is (`fail: (e) => reject(e)`).
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
      // Bracket access marks a key read through an index signature (`params['limit']`).
      '@typescript-eslint/dot-notation': ['error', { allowIndexSignaturePropertyAccess: true }],
      // A leading underscore names a value left out on purpose (`const { secret: _s, ...rest }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    files: ['examples/portal/src/**/*.tsx'],
    rules: {
      // Event handlers may be async: Preact ignores what they return, and the typed client never
      // rejects (src/api.ts answers a network failure with a 503 the page shows).
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    // Tests, and the store contract suites adapters run as tests.
    files: [
      '**/test/**',
      '**/*.test.ts',
      '**/*.test-d.ts',
      '**/*.test.tsx',
      'packages/ports/src/contract/**',
    ],
    rules: {
      // A test's fake may take anything (`body: any` of a raw HTTP answer).
      '@typescript-eslint/no-explicit-any': 'off',
      // Tests read untyped JSON (HTTP response bodies, journal payloads) and assert on its shape.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // `expect(store.save).toHaveBeenCalled()` passes a method to vitest without calling it.
      '@typescript-eslint/unbound-method': 'off',
      // Fakes and no-op callbacks (`() => {}`) are the point of many test doubles.
      '@typescript-eslint/no-empty-function': 'off',
    },
  },
);
