// The reference web app as a person uses it, in headless Chromium: sign in on Keycloak's real login page
// (authorization code + PKCE), search, an occupation page with its pay chart, the interest assessment, matches with
// their reasons, a plan from a starter proposal with its agenda, the export. The app runs on its own origin
// (http://localhost:5173), so every API call is a CORS request the services must allow.
// Needs ./run.sh running (services, Keycloak with the dev realm, the web app). Screenshots: SHOTS (default docs/images).
//   node journey.mjs
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";

const app = process.env.WEB_URL ?? "http://localhost:5173";
const shots = resolve(process.env.SHOTS ?? new URL("../../../docs/images", import.meta.url).pathname);
const user = process.env.WEB_USER ?? "alice";
const password = process.env.WEB_PASSWORD ?? "alice";
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const started = Date.now();
const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
const api = { requests: 0, failures: [] };
page.on("response", (r) => {
  if (/:(8081|8082|8083)\//.test(r.url()) && r.request().method() !== "OPTIONS") {
    api.requests++;
    if (r.status() >= 400) api.failures.push(`${r.request().method()} ${r.url()} -> ${r.status()}`);
  }
});
const consoleErrors = [];
page.on("console", (m) => { if (m.type() === "error") consoleErrors.push(m.text()); });
const timings = [];
async function step(name, run) {
  const t = Date.now();
  const before = api.requests;
  await run();
  timings.push({ name, ms: Date.now() - t, apiCalls: api.requests - before });
  console.log(`ok ${name} (${Date.now() - t} ms, ${api.requests - before} API calls)`);
}

try {
  let firstLoad;
  await step("first load", async () => {
    const bytes = { total: 0, requests: 0 };
    const count = (r) => { if (r.url().startsWith(app)) { bytes.requests++; r.body().then((b) => { bytes.total += b.length; }).catch(() => {}); } };
    page.on("response", count);
    await page.goto(app, { waitUntil: "networkidle" });
    page.off("response", count);
    firstLoad = bytes;
    await page.waitForSelector("#sign-in");
  });
  await step("sign in on Keycloak's page", async () => {
    await page.click("#sign-in");
    await page.waitForSelector("#username");
    if (!page.url().includes("/protocol/openid-connect/auth") || !page.url().includes("code_challenge_method=S256")) {
      throw new Error(`not Keycloak's authorization endpoint with PKCE: ${page.url()}`);
    }
    await page.fill("#username", user);
    await page.fill("#password", password);
    await page.click("#kc-login");
    await page.waitForURL((u) => u.origin === new URL(app).origin && !u.search.includes("code="));
    await page.waitForSelector("#session button");
  });
  await step("search", async () => {
    await page.fill("input[name=q]", "receptionist");
    await page.click(".search button");
    await page.waitForSelector(".results li a");
    await page.screenshot({ path: `${shots}/web-search.png` });
  });
  await step("occupation page", async () => {
    await page.click(".results li a >> text=Receptionists and Information Clerks");
    await page.waitForSelector("svg.chart");
    for (const heading of ["What they do", "What it takes", "Pay (United States)", "Outlook", "Where it leads"]) {
      await page.waitForSelector(`h2:text-is("${heading}")`);
    }
    const attribution = await page.textContent(".attribution");
    if (!/O\*NET 29\.0/.test(attribution ?? "")) throw new Error(`no data release named: ${attribution}`);
    await page.screenshot({ path: `${shots}/web-occupation.png`, fullPage: true });
  });
  await step("interest assessment", async () => {
    await page.click("nav >> text=Interests");
    await page.waitForSelector("form.instrument fieldset");
    const items = await page.$$("form.instrument fieldset");
    for (const item of items) {
      const legend = (await item.$eval("legend", (l) => l.textContent)) ?? "";
      const options = await item.$$("input[type=radio]");
      // likes organising and helping: the highest answer for a few office and people items, the lowest elsewhere
      const high = /record|file|office|help|teach|schedule|inventory|customer/i.test(legend);
      await options[high ? options.length - 1 : 0].check();
    }
    await page.click("form.instrument button[type=submit]");
    await page.waitForSelector("h1:has-text('Your interest code')");
    await page.screenshot({ path: `${shots}/web-interests.png` });
  });
  await step("matches", async () => {
    await page.click("a:has-text('See the occupations that fit')");
    await page.waitForSelector(".results li .score");
    const why = await page.textContent(".results li .muted");
    if (!/Why:/.test(why ?? "")) throw new Error("a match without its reasons");
    await page.screenshot({ path: `${shots}/web-matches.png` });
  });
  await step("plan from a starter proposal", async () => {
    await page.click(".results li:first-child a.button");
    await page.waitForSelector("section.agenda");
    await page.waitForSelector("section.goal li");
    await page.screenshot({ path: `${shots}/web-plan.png`, fullPage: true });
  });
  await step("export", async () => {
    await page.click("nav >> text=My data");
    const download = page.waitForEvent("download");
    await page.click("button:has-text('Export my data')");
    const file = await download;
    await page.waitForSelector("p[role=status]:has-text('exported')");
    if (!file.suggestedFilename().endsWith(".json")) throw new Error("the export is not a JSON file");
  });
  if (api.failures.length) throw new Error(`API calls failed: ${api.failures.join(", ")}`);
  if (consoleErrors.length) throw new Error(`console errors: ${consoleErrors.join(" | ")}`);
  console.log(JSON.stringify({ firstLoad, steps: timings, apiCalls: api.requests, ms: Date.now() - started }));
  console.log(`web journey passed in ${Date.now() - started} ms`);
} catch (e) {
  await page.screenshot({ path: `${shots}/web-failure.png`, fullPage: true }).catch(() => {});
  console.error("FAILED", e.message);
  process.exitCode = 1;
} finally {
  await browser.close();
}
