// Runs axe-core on a local HTML file in headless Chromium, at a desktop and a phone width, and
// prints {"violations": [...], "passes": n} as JSON. Used by tests/test_web.py.
// Usage: node axe.mjs /usr/bin/chromium page.html
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const axeSource = require.resolve("axe-core/axe.min.js");
const [chromium, file] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), "axe-chromium-"));

// The network is closed where the tests run: without these flags Chromium waits for it.
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  userDataDir: profile,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  const violations = [];
  let passes = 0;
  const page = await browser.newPage();
  for (const width of [1280, 375]) {
    await page.setViewport({ width, height: 900 });
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    await page.addScriptTag({ path: axeSource });
    const result = await page.evaluate(() => window.axe.run(document));
    passes += result.passes.length;
    for (const v of result.violations) {
      violations.push({ width, id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map((n) => n.html).slice(0, 5) });
    }
  }
  console.log(JSON.stringify({ violations, passes }));
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
