// Smoke test of the built docs site (docs/.vitepress/dist) in headless Chromium: opens every page
// that has runnable examples, runs each example and checks that it printed its checks and no
// error, then runs a deliberately invalid input and checks that the typed error is shown.
// Usage: node scripts/docs-smoke.mjs   (after `npm run docs:build`; needs Debian's chromium)
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

const root = new URL("../docs/.vitepress/dist", import.meta.url).pathname;
const browserPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
};

function fail(message) {
  console.error(`FAIL ${message}`);
  process.exitCode = 1;
}

/** A static file server for the built site on a free loopback port. */
function serve() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** The built pages that contain a runnable example. */
const pages = readdirSync(root)
  .filter((name) => name.endsWith(".html") && readFileSync(join(root, name), "utf8").includes("run-example"))
  .sort();

const INVALID = `import { parseInstant } from "kefu";
const at = parseInstant("2025-10-01 09:00"); // no offset: refused
console.log(at.isErr() ? at.error : at.value);`;

async function main() {
  if (pages.length === 0) return fail("no page with a runnable example was built");
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const page = await browser.newPage();
    page.on("pageerror", (error) => fail(`page error: ${error.message}`));
    let examples = 0;
    for (const name of pages) {
      await page.goto(`${base}/${name}`, { waitUntil: "networkidle" });
      const blocks = page.locator(".run-example");
      const count = await blocks.count();
      for (let i = 0; i < count; i += 1) {
        const block = blocks.nth(i);
        const example = await block.getAttribute("data-example");
        await block.locator(".run-example-run").click();
        await block.locator(".run-example-output").waitFor({ timeout: 20_000 });
        const status = await block.getAttribute("data-status");
        const output = (await block.locator(".run-example-output").textContent()) ?? "";
        const checks = (output.match(/✓/g) ?? []).length;
        if (status !== "ok" || checks === 0)
          fail(`${name} ${example}: status ${status}, ${checks} checks\n${output}`);
        else console.log(`ok   ${name} ${example}: ${checks} checks passed in the browser`);
        examples += 1;
      }
    }
    // A deliberately invalid input: the page must show the typed error, not crash.
    await page.goto(`${base}/${pages[0]}`, { waitUntil: "networkidle" });
    const block = page.locator(".run-example").first();
    await block.locator(".run-example-code").fill(INVALID);
    await block.locator(".run-example-run").click();
    const shown = (await block.locator(".run-example-output").textContent()) ?? "";
    if (!shown.includes('"code": "invalid_instant"'))
      fail(`the invalid input did not show its error:\n${shown}`);
    else console.log("ok   an invalid instant shows its typed error (invalid_instant)");
    // A broken edit (a thrown error) is reported in the output too.
    await block
      .locator(".run-example-code")
      .fill('import { check } from "./_check.js";\ncheck("sum", 1 + 1, 3);');
    await block.locator(".run-example-run").click();
    const thrown = (await block.locator(".run-example-output").textContent()) ?? "";
    if ((await block.getAttribute("data-status")) !== "error" || !thrown.includes("expected 3, got 2"))
      fail(`a failing check was not reported:\n${thrown}`);
    else console.log("ok   a failing check is shown as an error");
    if (examples === 0) fail("no example ran");
    console.log(`${examples} examples ran on ${pages.length} pages`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
