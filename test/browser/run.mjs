// Browser proof (`npm run test:browser`): the built ESM bundle, loaded by a page served from
// localhost in headless Chromium, computes a due date and a compliance verdict, and the answers
// are the same whatever the browser's time zone. Needs Debian's chromium (.ci/run installs it).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://localhost').pathname;
  const file = path === '/' ? join(root, 'test/browser/page.html') : normalize(join(root, path));
  if (!file.startsWith(join(root, 'dist')) && !file.endsWith('page.html')) return res.writeHead(404).end();
  try {
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const expected = {
  addWorkingDays: '2025-02-10',
  instantIsWorkingDay: true,
  due: '2025-02-10',
  verdict: 'late 1',
};
let failures = 0;
try {
  // Each zone with its offset in January 2025 (Date#getTimezoneOffset: minutes behind UTC).
  const zones = { 'Asia/Ho_Chi_Minh': -420, UTC: 0, 'America/Los_Angeles': 480, 'Pacific/Kiritimati': -840 };
  for (const [timezoneId, offset] of Object.entries(zones)) {
    const context = await browser.newContext({ timezoneId });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('#result')?.textContent !== '…', null, { timeout: 10_000 });
    const shown = JSON.parse(await page.textContent('#result'));
    try {
      assert.equal(shown.error, undefined, shown.error);
      assert.equal(shown.offset, offset, 'the browser runs in the zone asked for');
      for (const [k, v] of Object.entries(expected)) assert.deepEqual(shown[k], v, `${k} in ${timezoneId}`);
      assert.match(shown.sentence, /muộn|trễ|quá hạn/i);
      console.log(`ok   ${timezoneId}: ${JSON.stringify(shown)}`);
    } catch (e) {
      failures++;
      console.log(`FAIL ${timezoneId}: ${e.message}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${4 - failures} passed, ${failures} failed`);
process.exitCode = failures ? 1 : 0;
