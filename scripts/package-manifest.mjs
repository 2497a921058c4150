// Shared by scripts/new-package.mjs and scripts/check-manifests.mjs: the publishing metadata
// every package in packages/* carries (repository with directory, homepage, bugs, license,
// keywords), and the one LICENSE file at the root that each package ships a copy of.
import { join } from 'node:path';

export const REPO_URL = 'https://github.com/kabinet-sdk/kabinet';
export const LICENSE_FILE = 'LICENSE';
export const BASE_KEYWORDS = ['kabinet'];

/** The fields a package in `packages/<folder>` must have, with their exact values. */
export function standardFields(folder) {
  return {
    license: 'MIT',
    repository: { type: 'git', url: `git+${REPO_URL}.git`, directory: `packages/${folder}` },
    homepage: `${REPO_URL}/tree/main/packages/${folder}#readme`,
    bugs: { url: `${REPO_URL}/issues` },
  };
}

/** A link to a file of the repository on GitHub (for READMEs shown on the registry). */
export function repoLink(path) {
  return `${REPO_URL}/blob/main/${path}`;
}

/**
 * `pkg` with the standard fields set (placed after `description`) and `keywords` present
 * (the base keywords when the package has none). Key order of the rest is kept.
 */
export function withStandardFields(pkg, folder) {
  const fields = {
    ...standardFields(folder),
    keywords: pkg.keywords?.length ? pkg.keywords : [...BASE_KEYWORDS],
  };
  const out = {};
  for (const [key, value] of Object.entries(pkg)) {
    if (key in fields) continue;
    out[key] = value;
    if (key === 'description') Object.assign(out, fields);
  }
  if (!('description' in pkg)) Object.assign(out, fields);
  return out;
}

export const licensePath = (dir) => join(dir, LICENSE_FILE);
