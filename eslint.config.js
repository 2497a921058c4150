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
    files: ['**/test/**', '**/*.test.ts', '**/*.test-d.ts', '**/*.test.tsx'],
    rules: {
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
