import { describe, expect, it } from 'vitest';
import { defineCatalogue } from '@kabinet/core';
import { renderErrorCodeTable } from './render-error-code-table.js';

describe('renderErrorCodeTable', () => {
  const catalogue = defineCatalogue({
    ru: {
      'a.one': 'Один {n}',
      'a.two': (p) => `Два ${String(p.count)}`,
      plain: 'Простой | с чертой',
    },
    en: { 'a.one': 'One {n}', 'a.two': (p) => `Two ${String(p.count)}`, plain: 'Plain | with bar' },
  });

  it('lists every code with its status and both languages, grouped by prefix', () => {
    const md = renderErrorCodeTable(catalogue, {
      statusOf: (code) => (code === 'a.one' ? 429 : undefined),
    });
    expect(md).toContain('## a');
    expect(md).toContain('| `a.one` | 429 | Один {n} | One {n} |');
    expect(md).toContain('| `a.two` | — | Два {count} | Two {count} |');
    expect(md).toContain('Простой \\| с чертой');
  });
});
