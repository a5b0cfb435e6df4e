// A document's source address as files declare it (front matter, canonical links, EPUB and DOCX
// metadata): kept only when it is an http(s) URL, so a file path, a urn:isbn or a javascript: link
// never becomes a "source" the reader offers to open.
/** Longest address kept (real article URLs are far shorter). */
const MAX_URL = 2048;

/** The value as an absolute http(s) URL (resolved against `base` when relative), or undefined. */
export function webUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!text || text.length > MAX_URL) return undefined;
  // Without a base only an address with its scheme parses; anything else (an outlet's name) is no URL, without an exception.
  if (!base && !/^https?:/i.test(text)) return undefined;
  let url: URL;
  try {
    url = base ? new URL(text, base) : new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password) return undefined;
  return url.href;
}
