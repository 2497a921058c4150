// `pnpm docs:site`: the publish-ready documentation site from `pnpm docs:api`'s output.
//
//   site/index.html   the site root: what Kabinet is, links to the API reference and the guides
//   site/api/…        the typedoc HTML (docs/api), self-contained: its CSS, scripts and search
//                     index are files beside it, nothing is loaded from another host
//   site/.nojekyll    GitHub Pages serves files as they are (typedoc's `_kabinet_core.html`
//                     pages start with `_`, which Jekyll would drop)
//
// Publish `site/` as it is (GitHub Pages from an artifact, any static host) at
// https://kabinet-sdk.github.io/kabinet/ — the package READMEs link …/kabinet/api/.
// The script fails when the reference is missing, when a page loads a script, stylesheet or
// image from another host, or when a local link points at a file that is not there.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const api = join(root, 'docs/api');
const site = resolve(root, process.argv[2] ?? 'site');
const REPO = 'https://github.com/kabinet-sdk/kabinet';

if (!existsSync(join(api, 'index.html'))) {
  console.error('docs:site: docs/api/index.html is missing; run `pnpm docs:api` first');
  process.exit(1);
}

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (path.endsWith('.html')) yield path;
  }
}

// Every page: no resource from another host, every local link to a file that exists.
const problems = [];
let pages = 0;
for (const file of htmlFiles(api)) {
  pages++;
  const html = readFileSync(file, 'utf8');
  for (const [whole, tag, attr, value] of html.matchAll(
    /<(\w+)\b[^>]*?\s(src|href)="([^"]*)"[^>]*>/g,
  )) {
    const remote = /^(https?:)?\/\//.test(value);
    // Loaded by the browser: scripts, images, frames, stylesheets and icons (not <a>, not rel=canonical).
    const loads =
      tag !== 'a' && !(tag === 'link' && !/rel="[^"]*(stylesheet|icon|preload)/.test(whole));
    if (remote && loads)
      problems.push(`${relative(root, file)}: <${tag} ${attr}="${value}"> loads from another host`);
    if (remote || value.startsWith('#') || value.startsWith('mailto:') || value === '') continue;
    const target = join(dirname(file), decodeURI(value.split('#')[0].split('?')[0]));
    if (!existsSync(target))
      problems.push(`${relative(root, file)}: ${attr}="${value}" points at a missing file`);
  }
}
if (problems.length > 0) {
  console.error(
    `docs:site: ${problems.length} problem(s) in docs/api:\n  ${problems.slice(0, 20).join('\n  ')}`,
  );
  process.exit(1);
}

const packages = readdirSync(join(root, 'packages'))
  .filter((name) => existsSync(join(root, 'packages', name, 'package.json')))
  .map((name) => JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')))
  .filter((pkg) => pkg.private !== true)
  .map(
    (pkg) =>
      `<li><code>${pkg.name}</code> ${pkg.version}: ${String(pkg.description ?? '').replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</li>`,
  )
  .join('\n');

rmSync(site, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
cpSync(api, join(site, 'api'), { recursive: true });
writeFileSync(join(site, '.nojekyll'), '');
writeFileSync(
  join(site, 'index.html'),
  `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kabinet documentation</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}code{font-size:90%}</style>
</head><body>
<h1>Kabinet</h1>
<p>A TypeScript SDK for the personal account of foreign citizens and residence-permit holders on a Russian government portal: registration, identity documents, contacts, login with two factors, sessions, an audit journal and state-duty payments.</p>
<ul>
<li><a href="api/">API reference</a> — every package and subpath, generated from the TSDoc of the sources</li>
<li><a href="${REPO}/tree/main/docs">Guides</a> — integrator guide, storage, payments, error codes, HTTP reference</li>
<li><a href="${REPO}">Source, examples and issues</a></li>
</ul>
<h2>Packages</h2>
<ul>
${packages}
</ul>
</body></html>
`,
);
console.log(
  `docs:site: ${relative(root, site)}/ ready (${pages} API pages, self-contained; root index and .nojekyll written)`,
);
