// Prints what the printable pages cost: for each, its pages and PDF bytes on A4 and US Letter
// (Chromium's print to PDF), and the time from pressing its button in the parent area to the
// preview showing it (the median of --runs presses), in headless Chromium at 1024×768.
//
// Usage: node tools/print-bench.mjs [--dist dist] [--runs 5]
import { launch } from "./bench-common.mjs";
import { startServer } from "./serve.mjs";

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => {
  if (arg.startsWith("--")) pairs.push([arg.slice(2), all[i + 1]]);
  return pairs;
}, []));
const dist = args.dist ?? "dist";
const runs = Number(args.runs ?? 5);
const PAGES = ["card", "chain", "week", "love"];

const pdfPages = (buffer) => (buffer.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function touchTarget(page, id) {
  await page.waitForFunction((wanted) => JSON.parse(document.body.dataset.targets ?? "[]").some((t) => t.id === wanted), id, { timeout: 60_000 });
  const t = await page.evaluate((wanted) => JSON.parse(document.body.dataset.targets).find((t) => t.id === wanted), id);
  return { x: t.x + t.w / 2, y: t.y + t.h / 2 };
}

const site = await startServer(dist, 0, { quiet: true });
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1 });
  await context.addInitScript(() => {
    localStorage.setItem("see-you-soon.settings", JSON.stringify({ version: 2, settings: { child_name: "Zoë" } }));
  });
  const page = await context.newPage();
  await page.goto(site.url);
  await page.mouse.click(...Object.values(await touchTarget(page, "start")));
  // The gate: hold the corner, then key in the number the caption says.
  const corner = await touchTarget(page, "parent");
  await page.mouse.move(corner.x, corner.y);
  await page.mouse.down();
  await page.waitForFunction(() => document.body.dataset.screen === "parent-gate", null, { timeout: 10_000 });
  await page.mouse.up();
  const words = (await page.evaluate(() => document.getElementById("captions").textContent)).split("key in ")[1].trim();
  const units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
  const tens = ["", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
  const [t, u = ""] = words.split("-");
  const number = tens.indexOf(t) * 10 + units.indexOf(u);
  for (const digit of [Math.floor(number / 10), number % 10]) {
    await page.mouse.click(...Object.values(await touchTarget(page, `key-${digit}`)));
  }
  await page.locator("#parent-form").waitFor();

  console.log(`\nThe printable pages, headless Chromium 1024×768 (preview: median of ${runs} presses):`);
  const printed = await context.newPage();
  for (const id of PAGES) {
    const times = [];
    for (let run = 0; run < runs; run += 1) {
      // Another page first, so each press changes what the frame shows.
      const other = PAGES[(PAGES.indexOf(id) + 1) % PAGES.length];
      await page.locator(`[data-print-page="${other}"]`).click();
      await page.locator(`.print-preview[data-ready="${other}"]`).waitFor();
      await page.locator(`[data-print-page="${id}"]`).click();
      await page.locator(`.print-preview[data-ready="${id}"]`).waitFor();
      times.push((await page.evaluate(() => window.seeYouSoonPrint.timings.at(-1).ms)));
    }
    await printed.goto(`${site.url}print.html#${id}`);
    await printed.waitForFunction((wanted) => document.body.dataset.ready === wanted, id);
    await printed.emulateMedia({ media: "print" });
    const sizes = [];
    for (const format of ["A4", "Letter"]) {
      const pdf = await printed.pdf({ format, printBackground: true });
      sizes.push(`${format} ${pdfPages(pdf)} page(s), ${pdf.length.toLocaleString("en")} bytes`);
    }
    await printed.emulateMedia({ media: "screen" });
    console.log(`  ${id}: ${sizes.join("; ")}; preview in ${median(times).toFixed(0)} ms (first ${times[0].toFixed(0)} ms)`);
  }
} finally {
  await browser.close();
  site.server.close();
}
