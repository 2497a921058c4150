import type { OpenApiDocument } from './build-openapi-document.js';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Renders the OpenAPI document as a self-contained HTML reference page (no scripts, no
 * external assets: it works offline and under a strict CSP).
 *
 * @param document - the OpenAPI document
 * @returns the HTML page
 * @example
 * ```ts
 * const html = renderOpenApiPage(buildOpenApiDocument(routes, { title: 'Kabinet API', version: '0.1.0' }));
 * ```
 */
export function renderOpenApiPage(document: OpenApiDocument): string {
  const info = document.info as { title: string; version: string; description?: string };
  const paths = document.paths as Record<string, Record<string, Record<string, unknown>>>;
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = ((op.tags as string[] | undefined) ?? ['other'])[0] ?? 'other';
      const body = (op.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined)?.content;
      const schema = body ? Object.values(body)[0]?.schema : undefined;
      const responses = Object.entries(op.responses as Record<string, { description: string }>)
        .map(([status, r]) => `<li><code>${escapeHtml(status)}</code> ${escapeHtml(r.description)}</li>`)
        .join('');
      const secured = op.security ? '<span class="lock">auth</span>' : '';
      const html = `<section id="${escapeHtml(String(op.operationId))}"><h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code> ${secured}</h3><p>${escapeHtml(String(op.summary ?? ''))}</p>${
        schema === undefined ? '' : `<details><summary>Request body</summary><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></details>`
      }<ul>${responses}</ul></section>`;
      (byTag.get(tag) ?? byTag.set(tag, []).get(tag)!).push(html);
    }
  }
  const sections = [...byTag].map(([tag, ops]) => `<h2>${escapeHtml(tag)}</h2>${ops.join('')}`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(info.title)}</title><style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
section{border-top:1px solid #ddd;padding:.5rem 0}.m{font:600 12px monospace;padding:2px 6px;border-radius:4px;color:#fff}
.get{background:#2f7d32}.post{background:#1f5fbf}.put,.patch{background:#9a6700}.delete{background:#b3261e}
.lock{font-size:12px;color:#666}pre{background:#f6f8fa;padding:.5rem;overflow:auto}</style></head><body>
<h1>${escapeHtml(info.title)} <small>${escapeHtml(info.version)}</small></h1><p>${escapeHtml(info.description ?? '')}</p>
<p>Machine-readable: <a href="openapi.json">openapi.json</a> (OpenAPI 3.1).</p>${sections}</body></html>`;
}
