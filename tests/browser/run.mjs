// Usage: node run.mjs SCENARIO BASE_URL SCREENSHOT_DIR
// Opens Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium) through playwright-core, runs one scenario
// against the running service and prints what it observed as one JSON line; the xUnit test asserts on it.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import graphiql from './scenarios/graphiql.mjs';
import explorer from './scenarios/explorer.mjs';
import cypherConsole from './scenarios/console.mjs';
import narrow from './scenarios/narrow.mjs';
import views from './scenarios/views.mjs';

const scenarios = { graphiql, explorer, console: cypherConsole, narrow, views };
const [name, base, screenshots] = process.argv.slice(2);
if (!scenarios[name] || !base || !screenshots) {
  console.error(`usage: node run.mjs ${Object.keys(scenarios).join('|')} BASE_URL SCREENSHOT_DIR`);
  process.exit(2);
}
mkdirSync(screenshots, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  // No sandbox: CI runs as root in a container, where Chromium's sandbox cannot start.
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
});
const report = { scenario: name, pageErrors: [], consoleErrors: [], consoleWarnings: [], failedRequests: [] };
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1 });
  page.setDefaultTimeout(15000);
  page.on('pageerror', (error) => report.pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') report.consoleErrors.push(message.text());
    if (message.type() === 'warning') report.consoleWarnings.push(message.text());
  });
  page.on('requestfailed', (request) => report.failedRequests.push(`${request.url()} ${request.failure()?.errorText}`));
  const shot = async (file) => {
    const path = `${screenshots}/${name}-${file}.png`;
    await page.screenshot({ path });
    (report.screenshots ??= []).push(path);
  };
  Object.assign(report, await scenarios[name]({ page, base, shot }));
} catch (error) {
  report.error = String(error && error.stack || error);
} finally {
  await browser.close();
}
console.log(JSON.stringify(report));
