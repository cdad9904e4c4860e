// Opens one HTML report in headless Chromium, JavaScript disabled, and prints what a reader's
// browser saw as JSON on stdout: console errors (a CSP violation is one), every request made,
// the page's text, its <script> elements and whatever sticks out to the right of the viewport.
// Used by HtmlChromiumTest; `--screenshot F` and `--pdf F` also save what it looked like.
//   RUBRIC_TEST_CHROMIUM  the Chromium binary (Debian's /usr/bin/chromium)
//   RUBRIC_PLAYWRIGHT_DIR a folder whose node_modules holds playwright-core (no browser download)
'use strict';
const path = require('path');
const { chromium } = require(path.join(process.env.RUBRIC_PLAYWRIGHT_DIR, 'node_modules', 'playwright-core'));

async function main() {
  const args = process.argv.slice(2);
  const file = path.resolve(args[0]);
  const option = (name) => { const i = args.indexOf(name); return i < 0 ? null : args[i + 1]; };
  const width = Number(option('--width') || 1280);
  const browser = await chromium.launch({
    executablePath: process.env.RUBRIC_TEST_CHROMIUM,
    // the flags known to work on this machine kind: no sandbox as root, and no background
    // connections, which the closed network would refuse
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
    const page = await context.newPage();
    const consoleErrors = [];
    const requests = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    page.on('request', (r) => requests.push(r.url()));
    const url = 'file://' + file;
    await page.goto(url, { waitUntil: 'load' });
    const seen = await page.evaluate(() => {
      const root = document.documentElement;
      const wide = [];
      for (const el of document.querySelectorAll('body *')) {
        const r = el.getBoundingClientRect();
        if (r.right > root.clientWidth + 1 && wide.length < 10) {
          wide.push(el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined ? '.' + el.className : '')
            + ' right=' + Math.round(r.right));
        }
      }
      return {
        scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide,
        scripts: document.querySelectorAll('script').length,
        text: document.body.innerText,
        title: document.title,
      };
    });
    if (option('--screenshot')) {
      await page.screenshot({ path: option('--screenshot'), fullPage: option('--full') !== null });
    }
    if (option('--pdf')) {
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: option('--pdf'), format: 'A4', printBackground: true });
    }
    process.stdout.write(JSON.stringify({ url, consoleErrors, requests, ...seen }));
  } finally {
    await browser.close();
  }
}

main().catch((e) => { process.stderr.write(String(e && e.stack || e) + '\n'); process.exit(1); });
