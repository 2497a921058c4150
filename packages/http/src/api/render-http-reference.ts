import type { OpenApiDocument } from '../openapi/build-openapi-document.js';

interface Operation {
  readonly operationId?: string;
  readonly summary?: string;
  readonly tags?: readonly string[];
  readonly security?: readonly unknown[];
  readonly 'x-kabinet-role'?: string;
  readonly parameters?: readonly {
    readonly name: string;
    readonly in: string;
    readonly required?: boolean;
    readonly description?: string;
    readonly schema?: unknown;
  }[];
  readonly requestBody?: {
    readonly content?: Readonly<Record<string, { readonly schema?: unknown }>>;
  };
  readonly responses?: Readonly<
    Record<
      string,
      {
        readonly description?: string;
        readonly content?: Readonly<Record<string, { readonly schema?: unknown }>>;
      }
    >
  >;
}

const METHOD_ORDER = ['get', 'post', 'put', 'patch', 'delete'];

/** A JSON Schema as a compact one-line-per-field outline (`name: type (required)`). */
function outline(schema: unknown, indent = ''): string[] {
  const s = schema as
    | {
        type?: unknown;
        properties?: Record<string, unknown>;
        required?: readonly string[];
        items?: unknown;
        enum?: readonly unknown[];
        anyOf?: readonly unknown[];
        oneOf?: readonly unknown[];
      }
    | undefined;
  if (s === undefined || typeof s !== 'object') return [];
  if (s.properties === undefined) return [];
  const lines: string[] = [];
  for (const [name, child] of Object.entries(s.properties)) {
    const required = s.required?.includes(name) ? '' : '?';
    lines.push(`${indent}- \`${name}${required}\`: ${typeOf(child)}`);
    const c = child as { properties?: unknown; items?: { properties?: unknown } };
    if (c.properties !== undefined) lines.push(...outline(child, `${indent}  `));
    else if (c.items?.properties !== undefined) lines.push(...outline(c.items, `${indent}  `));
  }
  return lines;
}

function typeOf(schema: unknown): string {
  const s = schema as
    | {
        type?: unknown;
        enum?: readonly unknown[];
        const?: unknown;
        items?: unknown;
        anyOf?: readonly unknown[];
        oneOf?: readonly unknown[];
        format?: string;
        maxLength?: number;
        contentMediaType?: string;
      }
    | undefined;
  if (s === undefined || typeof s !== 'object') return 'any';
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.enum !== undefined) return s.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ');
  const union = s.anyOf ?? s.oneOf;
  if (union !== undefined) return union.map(typeOf).join(' \\| ');
  if (s.type === 'array') return `${typeOf(s.items)}[]`;
  if (Array.isArray(s.type)) return s.type.join(' \\| ');
  if (typeof s.type === 'string')
    return s.format === undefined ? s.type : `${s.type} (${s.format})`;
  return 'any';
}

/**
 * Renders an OpenAPI document as a Markdown reference: one section per tag, one entry per
 * operation with its access, request body fields and responses. `docs/http-reference.md` is
 * written with it from the Kabinet API's own document, so the reference cannot drift from
 * the routes.
 *
 * @param document - the OpenAPI 3.1 document (from {@link createKabinetHttp} or {@link buildOpenApiDocument})
 * @returns Markdown text
 * @example
 * ```ts
 * const { openapi } = createKabinetHttp(kabinet);
 * writeFileSync('docs/http-reference.md', renderHttpReference(openapi));
 * ```
 */
export function renderHttpReference(document: OpenApiDocument): string {
  const info = document.info as { title: string; version: string; description?: string };
  const paths = document.paths as Record<string, Record<string, Operation>>;
  const byTag = new Map<string, string[]>();
  const index: string[] = [];
  for (const [path, methods] of Object.entries(paths)) {
    for (const method of Object.keys(methods).sort(
      (a, b) => METHOD_ORDER.indexOf(a) - METHOD_ORDER.indexOf(b),
    )) {
      const op = methods[method]!;
      const tag = op.tags?.[0] ?? 'other';
      const access =
        op['x-kabinet-role'] === 'operator'
          ? 'support operator'
          : op.security !== undefined
            ? 'signed-in user (bearer token or session cookie + CSRF header)'
            : 'public';
      const lines = [
        `### \`${method.toUpperCase()} ${path}\``,
        '',
        `${op.summary ?? ''}`,
        '',
        `- operation: \`${op.operationId ?? ''}\``,
        `- access: ${access}`,
      ];
      const params = (op.parameters ?? []).filter((p) => p.in !== 'path');
      if (params.length > 0) {
        lines.push('- parameters:');
        for (const p of params) {
          const note =
            p.description ?? (p.schema as { description?: string } | undefined)?.description;
          lines.push(
            `  - \`${p.name}${p.required === true ? '' : '?'}\` (${p.in}): ${typeOf(p.schema)}${note === undefined ? '' : ` — ${note}`}`,
          );
        }
      }
      const body = op.requestBody?.content;
      if (body !== undefined) {
        const [type, media] = Object.entries(body)[0] ?? [];
        lines.push(`- request body: \`${type}\``);
        lines.push(...outline(media?.schema, '  '));
      }
      lines.push('- responses:');
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        lines.push(`  - \`${status}\` ${response.description ?? ''}`);
        const schema = Object.values(response.content ?? {})[0]?.schema as
          { $ref?: string } | undefined;
        if (schema !== undefined && schema.$ref === undefined)
          lines.push(...outline(schema, '    '));
      }
      (byTag.get(tag) ?? byTag.set(tag, []).get(tag)!).push(lines.join('\n'));
      index.push(
        `| \`${method.toUpperCase()}\` | \`${path}\` | ${op.summary ?? ''} | ${access === 'public' ? 'public' : access === 'support operator' ? 'operator' : 'session'} |`,
      );
    }
  }
  const sections = [...byTag].map(([tag, ops]) => `## ${tag}\n\n${ops.join('\n\n')}`);
  return [
    `# ${info.title} — HTTP reference`,
    '',
    `Version ${info.version}. Generated from the OpenAPI 3.1 document by \`pnpm --filter @kabinet/http run reference\`; do not edit by hand (a test fails when it is stale).`,
    '',
    info.description ?? '',
    '',
    'Every error answer is `{ "error": { "code", "message", "issues"?: [{ "code", "path", "message", "params"? }], "correlationId"? } }` with messages in the language of `Accept-Language` (`ru` default, `en`). Codes and both languages: [error-codes.md](error-codes.md).',
    '',
    "Every operation may also answer `503 http.service_unavailable` with `Retry-After` (a store, counter or provider cannot answer, or password hashing is at capacity — fail closed) and, on a fault, `500 http.internal_error`; both carry `correlationId` (also in `X-Correlation-Id`), the id of the server's log line. A method a path does not have (`TRACE` too) is `405` with `Allow`; a client address that is not an IP address (a forged `X-Forwarded-For`) is `400 http.client_ip_invalid`.",
    '',
    '| method | path | summary | access |',
    '|---|---|---|---|',
    ...index,
    '',
    ...sections,
    '',
  ].join('\n');
}
