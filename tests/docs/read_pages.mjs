// What a reader sees on each docs page, opened from file:// in headless Chromium with every request that is
// not file: or data: refused and recorded. Reads a JSON list of {url, kind, search, widths, shots, name} on stdin and
// prints one JSON object per page: {url, rendered, blocked, errors, text, tables, headings, links, search,
// layouts}. A page counts as rendered once its text is more than a "Loading" placeholder (waited for, up to
// RENDER_MS). With `widths`, the page is laid out at each window width: `layouts` holds, per width, how wide the
// page and each code block are against what shows of them, and with `shots` (a folder) a screenshot of the page's
// first screen and of its first code block. The assertions are in test_pages_offline.py. playwright-core (npm,
// pinned) drives Debian's /usr/bin/chromium; it downloads nothing.
import { chromium } from "playwright-core";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const tasks = JSON.parse(readFileSync(0, "utf8"));
const RENDER_MS = Number(process.env.RENDER_MS || 15000);
const WIDTH = 1280; // the window a page is read and searched in (layouts are measured at the widths asked for)
const HEIGHT = 900;

// Per code block (<pre>) that shows on the page: its full width against the width it shows, and where it ends.
function measure() {
  const shown = [...document.querySelectorAll("pre")].filter((e) => e.getClientRects().length > 0);
  return {
    viewport: window.innerWidth,
    pageWidth: document.scrollingElement.scrollWidth,
    blocks: shown.map((e) => {
      const box = e.getBoundingClientRect();
      const style = getComputedStyle(e);
      const borders = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
      return {
        overflowX: style.overflowX,
        // the height a horizontal scrollbar takes (0 when none shows, or when it only overlays the text)
        scrollbar: Math.round(e.offsetHeight - e.clientHeight - borders),
        text: e.innerText.slice(0, 60),
        scrollWidth: e.scrollWidth,
        clientWidth: e.clientWidth,
        left: Math.round(box.left),
        right: Math.round(box.right),
      };
    }),
  };
}
const profile = mkdtempSync(join(tmpdir(), "asyncstatus-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
  ],
  viewport: { width: WIDTH, height: HEIGHT },
  // Playwright hides scrollbars in headless mode; a reader sees them, and so must the layout checks.
  ignoreDefaultArgs: ["--hide-scrollbars"],
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
    await page.setViewportSize({ width: WIDTH, height: HEIGHT });
    await page.goto(task.url, { waitUntil: "load" });
    // A page may render after its scripts run (Redoc shows "Loading ..." until then): wait for more than that.
    const rendered = await page.waitForFunction(() => {
      const text = document.body ? document.body.innerText.trim() : "";
      return text !== "" && !/^loading\b[\s.…]*$/i.test(text);
    }, null, { timeout: RENDER_MS }).then(() => true, () => false);
    if (rendered && task.kind === "redoc") {
      // Redoc renders after its script runs: wait for the operations to be in the page.
      await page.waitForSelector("[data-section-id^='tag/']", { timeout: RENDER_MS });
    }
    const seen = await page.evaluate(() => ({
      text: document.body.innerText,
      tables: [...document.querySelectorAll("table")].map((t) =>
        [...t.rows].map((r) => [...r.cells].map((c) => c.innerText.trim()))),
      headings: [...document.querySelectorAll("h1, h2, h3")].map((h) => h.innerText.trim()),
      links: [...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")),
    }));
    const layouts = [];
    for (const width of task.widths || []) {
      await page.setViewportSize({ width, height: HEIGHT });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const layout = { width, ...(await page.evaluate(measure)), shots: [] };
      if (task.shots) {
        const name = task.name || task.url.split("/").pop().replace(/\.html$/, "");
        const top = join(task.shots, `${name}-${width}.png`);
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: top });
        layout.shots.push(top);
        const first = await page.$("pre");
        if (first && (await first.isVisible())) {
          const block = join(task.shots, `${name}-${width}-code.png`);
          await first.scrollIntoViewIfNeeded();
          await page.screenshot({ path: block });
          layout.shots.push(block);
        }
      }
      layouts.push(layout);
    }
    let search = null;
    // Searched at the width the page was read at: a narrow window hides Redoc's sidebar and its search box.
    if (task.search && task.widths) await page.setViewportSize({ width: WIDTH, height: HEIGHT });
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
    results.push({ url: task.url, rendered, blocked, errors, search, layouts, ...seen });
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(results));
