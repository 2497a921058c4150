import { issue, readInput, type Issue } from '@kabinet/core';
import type { FieldValue } from '../application-record.js';
import type { ServiceDefinition } from '../service-definition.js';
import type { ApplicationIssueCode } from '../application-messages.js';

const MAX_FIELD_JSON = 4096;

/**
 * Checks form values against the service's fields: unknown names, oversized values and each
 * validator's issues (prefixed `fields.<name>`); `null` clears a field and is always accepted.
 */
export function checkFields(
  service: ServiceDefinition,
  fields: Readonly<Record<string, unknown>>,
): Issue<ApplicationIssueCode>[] {
  const issues: Issue<ApplicationIssueCode>[] = [];
  for (const [name, value] of Object.entries(fields)) {
    const path = ['fields', name];
    const field = service.fields.find((f) => f.name === name);
    if (field === undefined) {
      issues.push(issue('application.field_unknown', path));
      continue;
    }
    if (value === null) continue;
    let json: string | undefined;
    try {
      json = JSON.stringify(value);
    } catch {
      json = undefined;
    }
    if (json === undefined || json.length > MAX_FIELD_JSON) {
      issues.push(issue('application.field_too_large', path, { max: MAX_FIELD_JSON }));
      continue;
    }
    const checked = readInput(field.schema, JSON.parse(json) as unknown);
    if (!checked.success)
      for (const found of checked.issues) issues.push({ ...found, path: [...path, ...found.path] });
  }
  return issues;
}

/** Merges checked values into a form (`null` removes a field); values pass through JSON so only plain data is kept. */
export function mergeFields(
  current: Readonly<Record<string, FieldValue>>,
  changes: Readonly<Record<string, unknown>>,
): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = { ...current };
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) delete out[name];
    else out[name] = JSON.parse(JSON.stringify(value)) as FieldValue;
  }
  return out;
}

/** What submit still needs: required fields not filled and required attachment kinds without a file. */
export function missingOf(
  service: ServiceDefinition,
  fields: Readonly<Record<string, FieldValue>>,
  kinds: readonly string[],
): { fields: string[]; attachments: string[] } {
  return {
    fields: service.fields
      .filter((f) => f.required && fields[f.name] === undefined)
      .map((f) => f.name),
    attachments: service.attachments
      .filter((a) => a.required && !kinds.includes(a.kind))
      .map((a) => a.kind),
  };
}
