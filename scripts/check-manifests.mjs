// `pnpm lint:manifests`: fails when a package in packages/* (found on disk, so packages added
// later are covered) is not ready for the registry: no LICENSE identical to the root one, the
// repository (with directory) / homepage / bugs / license fields missing or different from
// scripts/package-manifest.mjs, no keywords or description, no README, a README with a
// relative `../` link (broken on the registry page), CHANGELOG.md missing from `files`, or a
// tsup.config.ts that is not the shared build (scripts/tsup-config.js).
// `--fix` copies the LICENSE and writes the standard fields (keywords: the base set).
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { packageDirs, readJson } from './package-areas.mjs';
import {
  LICENSE_FILE,
  BASE_KEYWORDS,
  standardFields,
  withStandardFields,
} from './package-manifest.mjs';

const root = process.cwd();
const fix = process.argv.includes('--fix');
const rootLicense = readFileSync(join(root, LICENSE_FILE), 'utf8');
const problems = [];

for (const dir of packageDirs(root)) {
  const folder = basename(dir);
  const manifestPath = join(dir, 'package.json');
  let pkg = readJson(manifestPath);
  const where = `${pkg.name ?? folder} (${relative(root, dir)})`;

  if (fix) {
    pkg = withStandardFields(pkg, folder);
    if (!pkg.files?.includes('CHANGELOG.md'))
      pkg.files = [...(pkg.files ?? ['dist']), 'CHANGELOG.md'];
    writeFileSync(manifestPath, JSON.stringify(pkg, null, 2) + '\n');
    copyFileSync(join(root, LICENSE_FILE), join(dir, LICENSE_FILE));
  }

  const license = join(dir, LICENSE_FILE);
  if (!existsSync(license))
    problems.push(`${where}: no ${LICENSE_FILE} (run node scripts/check-manifests.mjs --fix)`);
  else if (readFileSync(license, 'utf8') !== rootLicense)
    problems.push(`${where}: ${LICENSE_FILE} differs from the root one`);

  for (const [key, want] of Object.entries(standardFields(folder))) {
    if (JSON.stringify(pkg[key]) !== JSON.stringify(want)) {
      problems.push(
        `${where}: "${key}" is ${JSON.stringify(pkg[key])}, want ${JSON.stringify(want)}`,
      );
    }
  }
  if (!Array.isArray(pkg.keywords) || !BASE_KEYWORDS.every((k) => pkg.keywords.includes(k))) {
    problems.push(
      `${where}: "keywords" must be a list containing ${BASE_KEYWORDS.map((k) => `"${k}"`).join(', ')}`,
    );
  }
  if (typeof pkg.description !== 'string' || pkg.description.trim() === '')
    problems.push(`${where}: no "description"`);
  if (!pkg.files?.includes('CHANGELOG.md'))
    problems.push(`${where}: "files" lacks CHANGELOG.md (npm does not ship it otherwise)`);

  const tsupConfig = join(dir, 'tsup.config.ts');
  if (existsSync(tsupConfig) && !readFileSync(tsupConfig, 'utf8').includes('kabinetTsup(')) {
    problems.push(
      `${where}: tsup.config.ts does not use kabinetTsup from scripts/tsup-config.js (the shared build)`,
    );
  }

  const readme = join(dir, 'README.md');
  if (!existsSync(readme)) {
    problems.push(`${where}: no README.md`);
    continue;
  }
  const lines = readFileSync(readme, 'utf8').split('\n');
  lines.forEach((line, i) => {
    // Markdown links and images `](../x)`, reference definitions `[x]: ../y`, HTML `href="../x"`.
    if (
      /\]\(\s*(\.\/)?\.\.\/|^\s*\[[^\]]+\]:\s*(\.\/)?\.\.\/|(href|src)=["'](\.\/)?\.\.\//.test(line)
    ) {
      problems.push(
        `${relative(root, readme)}:${i + 1}: relative "../" link (broken on the registry page; use an absolute ${'https://github.com/…/blob/main/…'} link)`,
      );
    }
  });
}

if (problems.length > 0) {
  console.error(
    `package manifests (${problems.length} problems):\n${problems.map((p) => `  ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(
  `manifests: ${packageDirs(root).length} packages have LICENSE, metadata, keywords and absolute README links`,
);
