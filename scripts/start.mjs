// `npm start`: build Cordial and the demo pages, then open Chromium with the extension on the three demo pages.
// With a display, the browser stays open until you close it (or press Ctrl+C). Without one, it runs headless and
// writes a screenshot of each demo page with the sidebar to ./screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ensureChromium, launchWithExtension } from './lib/chromium.mjs';
import { buildForBrowser } from './lib/run.mjs';
import { startDemoServer } from './demo-server.mjs';

const DEMOS = ['webmail', 'social', 'chat'];
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.CORDIAL_HEADLESS !== '1';

if (buildForBrowser() !== 0) process.exit(1);
ensureChromium();
const server = await startDemoServer({ port: Number(process.env.PORT ?? 0) });
const { context } = await launchWithExtension({ headless: !hasDisplay, viewport: hasDisplay ? null : { width: 1400, height: 900 } });

if (hasDisplay) {
  const [first] = context.pages();
  for (const [i, name] of DEMOS.entries()) {
    const page = i === 0 && first ? first : await context.newPage();
    await page.goto(server.url(name));
  }
  console.log(`Cordial is loaded in Chromium on the demo pages:\n${DEMOS.map((n) => `  ${server.url(n)}`).join('\n')}\nClose the browser or press Ctrl+C to stop.`);
  const stop = async () => {
    await context.close().catch(() => undefined);
    await server.close();
    process.exit(0);
  };
  context.on('close', stop);
  process.on('SIGINT', stop);
} else {
  const dir = join(ROOT, 'screenshots');
  mkdirSync(dir, { recursive: true });
  console.log('No display found: running Chromium headless.');
  for (const name of DEMOS) {
    const page = await context.newPage();
    await page.goto(server.url(name));
    const frame = page.frameLocator('iframe[data-cordial-sidebar]');
    await frame.locator('[data-testid=reply]').first().waitFor({ timeout: 15_000 });
    const file = join(dir, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(`  ${name}: ${file}`);
  }
  console.log(`Screenshots of the demo pages with Cordial's sidebar are in ${dir}`);
  await context.close();
  await server.close();
}
