import type { MessageCatalogue, MessageTemplate } from '@kabinet/core';

/** Options of {@link renderErrorCodeTable}. */
export interface ErrorCodeTableOptions {
  /** The HTTP status a code is answered with, when it has one of its own (others: 422 or n/a). */
  readonly statusOf?: (code: string) => number | undefined;
  /** Title of the page. */
  readonly title?: string;
}

const escapeCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Renders a template with `{name}` shown for every parameter (function templates included). */
function show(template: MessageTemplate | undefined): string {
  if (template === undefined) return '—';
  if (typeof template === 'string') return template;
  const params = new Proxy(
    {},
    {
      get: (_target, name) => `{${String(name)}}`,
      has: () => true,
    },
  );
  try {
    return template(params);
  } catch {
    return '(computed message)';
  }
}

/**
 * Renders every code of a catalogue as a Markdown table — code, HTTP status, Russian and
 * English message — grouped by the code's first segment. `docs/error-codes.md` is written
 * with it from `kabinetMessages` and `httpMessages`, so the table cannot drift from the
 * catalogues.
 *
 * @param catalogue - the messages (merge the domain and HTTP catalogues first)
 * @param options - how to find each code's status, and the page title
 * @returns Markdown text
 * @example
 * ```ts
 * const md = renderErrorCodeTable(mergeCatalogues(kabinetMessages, httpMessages), { statusOf: kabinetStatusOf });
 * ```
 */
export function renderErrorCodeTable(
  catalogue: MessageCatalogue,
  options: ErrorCodeTableOptions = {},
): string {
  const codes = [...new Set([...Object.keys(catalogue.ru), ...Object.keys(catalogue.en)])].sort();
  const groups = new Map<string, string[]>();
  for (const code of codes) {
    const group = code.includes('.') ? code.split('.')[0]! : 'http';
    const status = options.statusOf?.(code);
    const ru = Object.hasOwn(catalogue.ru, code) ? catalogue.ru[code] : undefined;
    const en = Object.hasOwn(catalogue.en, code) ? catalogue.en[code] : undefined;
    const row = `| \`${code}\` | ${status ?? '—'} | ${escapeCell(show(ru))} | ${escapeCell(show(en))} |`;
    (groups.get(group) ?? groups.set(group, []).get(group)!).push(row);
  }
  const sections = [...groups].map(([group, rows]) =>
    [`## ${group}`, '', '| code | HTTP | ru | en |', '|---|---|---|---|', ...rows].join('\n'),
  );
  return [
    `# ${options.title ?? 'Error codes'}`,
    '',
    'Generated from the message catalogues by `pnpm --filter @kabinet/http run reference`; do not edit by hand (a test fails when it is stale).',
    '',
    'Every issue has a stable `code` (switch on it, never on the message), a `path` to the field and `params` for the message. The HTTP column is the status an answer carrying the code as its top-level `error.code` gets; codes marked — come in a 422 answer (`error.issues[]`; the top-level `error.code` is the issue’s own when it is the only one, `http.validation_failed` when there are several), as warnings on a success, or in messages sent to people (`notice.*`). `{name}` marks a parameter.',
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n');
}
