/**
 * Chrome match patterns (`https://*.example.com/inbox/*`), just what the site registry needs: a scheme (`*` means
 * http or https), a host (`*`, `*.domain` or exact) and a path glob. Hand-written because the content script ships
 * it on every supported page and a general library costs it two kilobytes; `match-pattern.test.ts` checks it
 * against WXT's implementation on every pattern of the registry.
 */
export class SiteMatchPattern {
  private readonly schemes: string[];
  private readonly host: string;
  private readonly path: (text: string) => boolean;

  constructor(pattern: string) {
    const m = /^(\*|https?|file|ftp):\/\/([^/]*)(\/.*)$/.exec(pattern);
    if (!m) throw new Error(`not a match pattern: ${pattern}`);
    this.schemes = m[1] === '*' ? ['http:', 'https:'] : [`${m[1]}:`];
    this.host = m[2]!.toLowerCase();
    this.path = pathGlob(m[3]!);
  }

  includes(url: string | URL): boolean {
    let u: URL;
    try {
      u = typeof url === 'string' ? new URL(url) : url;
    } catch {
      return false;
    }
    if (!this.schemes.includes(u.protocol)) return false;
    const host = u.hostname.toLowerCase();
    const hostOk = this.host === '*' || (this.host.startsWith('*.') ? host === this.host.slice(2) || host.endsWith(this.host.slice(1)) : host === this.host);
    return hostOk && this.path(u.pathname + u.search);
  }
}

/**
 * A path glob, `*` standing for any run of characters, matched in linear time. It used to be a RegExp with a `.*` per
 * star, and a pack's `hosts[].match` may hold 500 characters: the engine backtracked into every star, and 7 stars on a
 * 60-character path took seconds, on every side-panel render of an unknown site. Here the literal before the first
 * star must start the text and the one after the last star must end it; each literal in between is taken at its
 * leftmost occurrence after the previous one (a later one could only leave less room), found with Knuth–Morris–Pratt.
 * So each character of the text is read at most once, with about two comparisons per character at most, however many
 * stars. (`.*` stops at line terminators and a star does not, but a URL's serialized path and query never hold one:
 * the URL parser drops tabs and newlines and percent-encodes the rest.)
 */
export function pathGlob(glob: string): (text: string) => boolean {
  const [head, ...rest] = glob.split('*') as [string, ...string[]];
  if (!rest.length) return (text) => text.length === head.length && equalAt(text, 0, head);
  const tail = rest.pop()!;
  const middle = rest.filter(Boolean).map((literal) => [literal, failureTable(literal)] as const);
  return (text) => {
    const end = text.length - tail.length;
    if (end < head.length || !equalAt(text, 0, head) || !equalAt(text, end, tail)) return false;
    let at = head.length;
    for (const [literal, fail] of middle) {
      at = indexIn(text, literal, fail, at, end);
      if (at < 0) return false;
      at += literal.length;
    }
    return true;
  };
}

function equalAt(text: string, at: number, literal: string): boolean {
  for (let k = 0; k < literal.length; k++) if (text.charCodeAt(at + k) !== literal.charCodeAt(k)) return false;
  return true;
}

/** KMP failure table: `fail[k]` is the length of the longest proper border of `literal.slice(0, k + 1)`. */
function failureTable(literal: string): Int32Array {
  const fail = new Int32Array(literal.length);
  for (let k = 1, b = 0; k < literal.length; k++) {
    while (b > 0 && literal.charCodeAt(k) !== literal.charCodeAt(b)) b = fail[b - 1]!;
    if (literal.charCodeAt(k) === literal.charCodeAt(b)) b++;
    fail[k] = b;
  }
  return fail;
}

/** Leftmost start of `literal` inside text[from, end), or -1. */
function indexIn(text: string, literal: string, fail: Int32Array, from: number, end: number): number {
  for (let t = from, b = 0; t < end; t++) {
    const c = text.charCodeAt(t);
    while (b > 0 && c !== literal.charCodeAt(b)) b = fail[b - 1]!;
    if (c === literal.charCodeAt(b)) b++;
    if (b === literal.length) return t - b + 1;
  }
  return -1;
}
