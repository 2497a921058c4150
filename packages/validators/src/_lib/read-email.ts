// Reads an e-mail address out of unknown input (CONTACT-2); shared by parseEmail and
// parseEmailDeliverable, which also needs the ASCII form of the domain for its DNS port.
import { issue, type Issue, type IssuePath } from '@kabinet/core/result';
import type { EmailAddress, ParseEmailOptions } from '../email/parse-email.js';
import { cleanText, wrongTypeIssue } from './normalize-input.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

const DEFAULT_PATH: IssuePath = ['email'];
const MAX_LOCAL_OCTETS = 64;
const MAX_ADDRESS_OCTETS = 254;
const MAX_DOMAIN = 253;
const MAX_INPUT = 320;
const ATOM_ASCII = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$/;
const ATOM_UNICODE = /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+$/u;
const DOMAIN_CHARS = /^[\p{L}\p{M}\p{N}.-]+$/u;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const IDEOGRAPHIC_DOTS = /[\u3002\uFF61\uFF0E]/g;
const encoder = /* @__PURE__ */ new TextEncoder();

function octets(value: string): number {
  return encoder.encode(value).length;
}

/**
 * The ASCII (punycode) form of a domain through the WHATWG URL parser, which applies IDNA
 * the same way in browsers and Node; `undefined` when it is not a host name.
 */
export function domainToAscii(domain: string): string | undefined {
  if (!DOMAIN_CHARS.test(domain)) return undefined;
  try {
    const host = new URL(`http://${domain}/`).hostname;
    return host === '' ? undefined : host;
  } catch {
    return undefined;
  }
}

function checkLocal(
  local: string,
  path: IssuePath,
  unicode: boolean,
): Issue<ValidatorIssueCode> | undefined {
  if (local === '') return issue('email.local_part_invalid', path);
  if (octets(local) > MAX_LOCAL_OCTETS)
    return issue('email.local_part_too_long', path, { max: MAX_LOCAL_OCTETS });
  const atoms = local.split('.');
  for (const atom of atoms) {
    if (ATOM_ASCII.test(atom)) continue;
    if (ATOM_UNICODE.test(atom)) {
      if (!unicode) return issue('email.local_part_not_ascii', path);
      continue;
    }
    return issue('email.local_part_invalid', path);
  }
  return undefined;
}

function checkDomain(
  domain: string,
  path: IssuePath,
): { ascii: string } | { issue: Issue<ValidatorIssueCode> } {
  if (domain === '') return { issue: issue('email.domain_invalid', path) };
  const ascii = domainToAscii(domain);
  if (ascii === undefined || ascii.length > MAX_DOMAIN)
    return { issue: issue('email.domain_invalid', path) };
  const labels = ascii.split('.');
  if (labels.length < 2) return { issue: issue('email.domain_single_label', path) };
  for (const label of labels)
    if (!LABEL.test(label)) return { issue: issue('email.domain_invalid', path) };
  if (!TLD.test(labels[labels.length - 1]!)) return { issue: issue('email.domain_invalid', path) };
  return { ascii };
}

/** Shared by the e-mail parsers: the address and its ASCII domain, or the issue. */
export function readEmail(
  input: unknown,
  options: ParseEmailOptions | undefined,
): { email: EmailAddress; asciiDomain: string } | { issue: Issue<ValidatorIssueCode> } {
  const path = options?.path ?? DEFAULT_PATH;
  if (typeof input !== 'string') {
    return { issue: wrongTypeIssue(input, path) };
  }
  const text = cleanText(input).replace(IDEOGRAPHIC_DOTS, '.');
  if (text === '') return { issue: issue('input.required', path) };
  if (text.length > MAX_INPUT) return { issue: issue('input.too_long', path, { max: MAX_INPUT }) };
  if (text.includes(' ')) return { issue: issue('email.spaces', path) };
  const at = text.lastIndexOf('@');
  if (at < 0) return { issue: issue('email.missing_at', path) };
  const local = text.slice(0, at);
  const domain = text.slice(at + 1).toLowerCase();
  const localIssue = checkLocal(local, path, options?.allowUnicodeLocalPart ?? true);
  if (localIssue !== undefined) return { issue: localIssue };
  const checked = checkDomain(domain, path);
  if ('issue' in checked) return checked;
  if (octets(local) + 1 + checked.ascii.length > MAX_ADDRESS_OCTETS)
    return { issue: issue('email.too_long', path, { max: MAX_ADDRESS_OCTETS }) };
  return { email: `${local}@${domain}` as EmailAddress, asciiDomain: checked.ascii };
}
