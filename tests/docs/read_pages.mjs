// What a reader sees on each docs page, opened from file:// in headless Chromium with every request that is
// not file: or data: refused and recorded. Reads a JSON list of {url, kind, search} on stdin and prints one
// JSON object per page: {url, blocked, errors, text, tables, headings, links, search}. The assertions are in
// test_pages_offline.py. playwright-core (npm, pinned) drives Debian's /usr/bin/chromium; it downloads nothing.
import { chromium } from "playwright-core";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const tasks = JSON.parse(readFileSync(0, "utf8"));
const profile = mkdtempSync(join(tmpdir(), "asyncstatus-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
  ],
  viewport: { width: 1280, height: 900 },
});
const results = [];
try {
  // One tab for every page, its request log and error log cleared between pages (a new tab per page costs
  // more than the page).
  const page = await context.newPage();
  let blocked = [];
  let errors = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  for (const task of tasks) {
    blocked = [];
    errors = [];
    await page.goto(task.url, { waitUntil: "load" });
    if (task.kind === "redoc") {
      // Redoc renders after its script runs: wait for the operations to be in the page.
      await page.waitForSelector("[data-section-id^='tag/']", { timeout: 15000 });
    }
    const seen = await page.evaluate(() => ({
      text: document.body.innerText,
      tables: [...document.querySelectorAll("table")].map((t) =>
        [...t.rows].map((r) => [...r.cells].map((c) => c.innerText.trim()))),
      headings: [...document.querySelectorAll("h1, h2, h3")].map((h) => h.innerText.trim()),
      links: [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")),
    }));
    let search = null;
    if (task.search && task.kind === "redoc") {
      // Redoc's search box lists the matching sidebar entries under data-role="search:results".
      await page.fill("input[placeholder^='Search']", task.search);
      const hits = "[data-role='search:results'] [role=menuitem]";
      await page.waitForSelector(hits, { timeout: 10000 }).catch(() => null);
      search = await page.$$eval(hits, (els) => els.map((e) => e.getAttribute("aria-label") || e.innerText.trim()));
    } else if (task.search && task.kind === "pdoc") {
      // pdoc's search replaces the page's <main> with "N search results for 'q'." and the matches.
      await page.fill("nav input[type=search]", task.search);
      await page.waitForFunction(() => /search results for/.test(document.querySelector("main").innerText), null,
        { timeout: 10000 }).catch(() => null);
      search = [await page.evaluate(() => document.querySelector("main").innerText)];
    }
    results.push({ url: task.url, blocked, errors, search, ...seen });
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(results));
