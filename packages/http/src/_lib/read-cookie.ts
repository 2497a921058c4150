/** The longest `Cookie` header read: a browser sends at most about 4 KiB a cookie, and a bound keeps a hostile header cheap. */
const MAX_COOKIE_HEADER = 8192;

/**
 * Reads one cookie from a `Cookie` header; never throws on malformed input (a value that is
 * not valid percent-encoding is returned as sent). The one reader behind authentication,
 * refresh and the CSRF check, so the CSRF check always sees the cookies that authenticate.
 */
export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.slice(0, MAX_COOKIE_HEADER).split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const raw = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return undefined;
}
