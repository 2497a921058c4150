// The two generated pages, shared by the writer script and the drift test.
import { mergeCatalogues } from '@kabinet/core';
import { createKabinet, generateDevelopmentKeys, kabinetMessages } from 'kabinet';
import {
  createKabinetHttp,
  httpMessages,
  httpStatusOfIssue,
  renderErrorCodeTable,
  renderHttpReference,
} from '../src/index.js';
import { inMemoryPorts } from 'kabinet/testing';

/** docs/http-reference.md: the API as the default `createKabinetHttp` serves it. */
export function renderHttpReferenceDoc(): string {
  const kabinet = createKabinet({ ...inMemoryPorts(), keys: generateDevelopmentKeys('docs') });
  return renderHttpReference(createKabinetHttp(kabinet).openapi);
}

/** docs/error-codes.md: every code of every package and of the HTTP layer, in ru and en. */
export function renderErrorCodeTableDoc(): string {
  return renderErrorCodeTable(mergeCatalogues(kabinetMessages, httpMessages), {
    title: 'Kabinet error codes',
    statusOf: httpStatusOfIssue,
  });
}
