// Creates packages/<name> with the standard files (package.json with the publishing metadata of
// scripts/package-manifest.mjs, LICENSE copied from the root, README stub, tsconfig, tsup config).
// Usage: node scripts/new-package.mjs core "summary" dep@1.0.0 @kabinet/core
// Runtime third-party deps get a caret range (`dep@1.0.0` → `^1.0.0`), as scripts/check-dependencies.mjs requires.
import { copyFileSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { LICENSE_FILE, repoLink, withStandardFields } from './package-manifest.mjs';

const [name, summary, ...deps] = process.argv.slice(2);
const dir = join('packages', name);
const pkgName = name === 'kabinet' ? 'kabinet' : `@kabinet/${name}`;
mkdirSync(join(dir, 'src'), { recursive: true });
const dependencies = {};
for (const d of deps) {
  const at = d.lastIndexOf('@');
  if (d.startsWith('@kabinet/') || d === 'kabinet') dependencies[d] = 'workspace:^';
  else dependencies[d.slice(0, at)] = `^${d.slice(at + 1).replace(/^[\^~]/, '')}`;
}
const pkg = withStandardFields(
  {
    name: pkgName,
    version: '0.1.0',
    description: summary,
    license: 'MIT',
    type: 'module',
    sideEffects: false,
    engines: { node: '>=20.19.0' },
    files: [
      'dist',
      'src',
      '!src/**/*.test.ts',
      '!src/**/*.test-d.ts',
      '!src/**/*.bench.ts',
      'CHANGELOG.md',
    ],
    main: './dist/index.cjs',
    module: './dist/index.js',
    types: './dist/index.d.cts',
    exports: {},
    scripts: {
      build: 'tsup',
      typecheck: 'tsc --noEmit',
      'lint:pkg': 'publint --strict && attw --pack .',
    },
    dependencies,
  },
  name,
);
writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
writeFileSync(
  join(dir, 'tsconfig.json'),
  JSON.stringify({ extends: '../../tsconfig.base.json', include: ['src', 'test'] }, null, 2) + '\n',
);
writeFileSync(
  join(dir, 'tsup.config.ts'),
  `import { kabinetTsup } from '../../scripts/tsup-config.js';\n\nexport default kabinetTsup(process.cwd());\n`,
);
copyFileSync(LICENSE_FILE, join(dir, LICENSE_FILE));
if (!existsSync(join(dir, 'README.md'))) {
  // Links must be absolute: the README is also the package's page on the registry.
  writeFileSync(
    join(dir, 'README.md'),
    `# ${pkgName}\n\n${summary}\n\n\`\`\`sh\npnpm add ${pkgName}\n\`\`\`\n\nSee the [documentation index](${repoLink('docs/README.md')}).\n`,
  );
}
if (!existsSync(join(dir, 'src', 'index.ts'))) {
  writeFileSync(
    join(dir, 'src', 'index.ts'),
    `/**\n * ${summary}\n *\n * @module ${pkgName}\n */\nexport {};\n`,
  );
}
console.log(`created ${dir}`);
