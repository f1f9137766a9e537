import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES, siteMatchesUrl } from '@/utils/sites';
import { SITE_URLS } from '../e2e/site-urls';

const SITES_DIR = join(__dirname, '../../utils/sites');
const FIXTURES_DIR = join(__dirname, '../fixtures/sites');
const E2E_SPEC = join(__dirname, '../e2e/sites.spec.ts');
/** The bundled demo pages have their own fixtures and e2e (tests/fixtures/demo, foundation.spec.ts). */
const REAL_SITES = SITES.filter((site) => !site.id.startsWith('demo-'));

describe('meta: site adapters', () => {
  it('every adapter file is registered, and every registered adapter has a file named by its id', () => {
    const files = readdirSync(SITES_DIR)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && f !== 'define-site.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(SITES.map((s) => s.id).sort()).toEqual(files);
  });

  it.each(REAL_SITES.map((s) => s.id))('%s has a fixture page with a marked composer, a decoy and a customer', (id) => {
    const file = join(FIXTURES_DIR, `${id}.html`);
    expect(existsSync(file), `tests/fixtures/sites/${id}.html`).toBe(true);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/data-fixture-composer/);
    expect(html).toMatch(/data-fixture-decoy/);
    expect(html).toMatch(/<meta name="cordial-fixture-customer" content="[^"]+">/);
    // …and the button that sends the reply (utils/sites/adapters.test.ts checks the adapter finds it).
    expect(html).toMatch(/data-fixture-send=/);
    // Fixtures are self-contained: nothing loaded from the network.
    expect(html).not.toMatch(/(?:src|href)=["']?(?:https?:)?\/\//i);
  });

  it.each(SITES.map((s) => [s.id, s] as const))('%s says how the agent sends: send-button selectors, each one valid CSS', (_id, site) => {
    expect(site.sendButtons.length).toBeGreaterThan(0);
    for (const selector of site.sendButtons) expect(() => document.createDocumentFragment().querySelector(selector), selector).not.toThrow();
  });

  it('every fixture page belongs to a registered adapter', () => {
    const ids = new Set(REAL_SITES.map((s) => s.id));
    for (const file of readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.html'))) expect(ids, file).toContain(file.replace(/\.html$/, ''));
  });

  it('the e2e spec exists and its URL table covers exactly the registered adapters', () => {
    expect(existsSync(E2E_SPEC)).toBe(true);
    expect(readFileSync(E2E_SPEC, 'utf8')).toMatch(/SITE_URLS/);
    expect(Object.keys(SITE_URLS).sort()).toEqual(REAL_SITES.map((s) => s.id).sort());
  });

  it.each(Object.entries(SITE_URLS))('%s: every e2e address belongs to that adapter and to no adapter listed before it', (id, urls) => {
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(SITES.find((site) => siteMatchesUrl(site, url))?.id, url).toBe(id);
  });
});
