/**
 * Chrome match patterns (`https://*.example.com/inbox/*`), just what the site registry needs: a scheme (`*` means
 * http or https), a host (`*`, `*.domain` or exact) and a path glob. Hand-written because the content script ships
 * it on every supported page and a general library costs it two kilobytes; `match-pattern.test.ts` checks it
 * against WXT's implementation on every pattern of the registry.
 */
export class SiteMatchPattern {
  private readonly schemes: string[];
  private readonly host: string;
  private readonly path: RegExp;

  constructor(pattern: string) {
    const m = /^(\*|https?|file|ftp):\/\/([^/]*)(\/.*)$/.exec(pattern);
    if (!m) throw new Error(`not a match pattern: ${pattern}`);
    this.schemes = m[1] === '*' ? ['http:', 'https:'] : [`${m[1]}:`];
    this.host = m[2]!.toLowerCase();
    this.path = new RegExp(`^${m[3]!.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
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
    return hostOk && this.path.test(u.pathname + u.search);
  }
}
