import type { ru } from './ru.js';

/** English messages for the HTTP transport codes. */
export const en: { readonly [K in keyof typeof ru]: string } = {
  'http.validation_failed': 'Please check the form: some fields have errors',
  'http.not_found': 'Not found',
  'http.method_not_allowed': 'Method not allowed',
  'http.unauthorized': 'Sign-in required',
  'http.forbidden': 'Not allowed',
  'http.conflict': 'The data changed, please retry',
  'http.too_many_requests': 'Too many attempts, try again later',
  'http.internal_error': 'Internal error, try again later',
  'http.service_unavailable': 'The service is temporarily unavailable, try again in a few seconds',
  'http.client_ip_invalid': 'The client address could not be determined',
  'http.csrf_failed': 'Request rejected: missing anti-forgery token',
  'body.too_large': 'Request too large: at most {max} bytes',
  'body.malformed_json': 'The request body is not valid JSON',
  'body.too_deep': 'The data is nested too deeply: at most {max} levels',
  'body.aborted': 'The request was cut off before its body was complete',
  'body.unsupported_media_type': 'Unsupported content type: {expected} expected',
  'upload.missing_file': 'No file attached',
  'upload.malformed_multipart': 'Malformed upload form',
};
