// Prints what the printable pages cost: for each, its pages and PDF bytes on A4 and US Letter
// (Chromium's print to PDF), and the time from pressing its button in the parent area to the
// preview showing it (the median of --runs presses), in headless Chromium at 1024×768.
//
// Usage: node tools/print-bench.mjs [--runs 5]   (serves dist/, built by scripts/build-web.sh)
// The parent's way in (Start, the corner, the number) is the tests' own.
import { launchBrowser, openGame, passGate, stopServer, toHome } from "../tests/e2e/harness.mjs";

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => {
  if (arg.startsWith("--")) pairs.push([arg.slice(2), all[i + 1]]);
  return pairs;
}, []));
const runs = Number(args.runs ?? 5);
const PAGES = ["card", "chain", "week", "love"];

const pdfPages = (buffer) => (buffer.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await launchBrowser([], { scale: 1 });
try {
  const { page, context, url } = await openGame(browser, {
    scale: 1,
    route: (p) => p.addInitScript(() => {
      if (window === window.top) localStorage.setItem("see-you-soon.settings", JSON.stringify({ version: 2, settings: { child_name: "Zoë" } }));
    }),
  });
  await toHome(page);
  await passGate(page);
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
    await printed.goto(`${url}print.html#${id}`);
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
  await stopServer();
}
