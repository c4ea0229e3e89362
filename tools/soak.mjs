// The long soak (not a test): a toddler robot plays for 30 minutes against the built game in
// dist/ and prints what went wrong and how the wasm memory and the entity count grew between
// minute 5 and the end (the budget: under 5 %), in Chromium, Firefox or WebKit.
// Usage: node tools/soak.mjs [minutes] [chromium|firefox|webkit]
// (a line per sample goes to test-output/soak-ENGINE.log)
import { join } from "node:path";
import { growth, soak } from "../tests/e2e/soak-robot.mjs";
import { SHOTS } from "../tests/e2e/harness.mjs";
import { nameWasmFrames } from "./wasm-frames.mjs";
import { launchChromium } from "../tests/e2e/engines/chromium.mjs";
import { launchFirefox } from "../tests/e2e/engines/firefox.mjs";
import { launchWebKit } from "../tests/e2e/engines/webkit.mjs";

const ENGINES = { chromium: launchChromium, firefox: launchFirefox, webkit: launchWebKit };
const minutes = Number(process.argv[2] ?? 30);
const engineName = process.argv[3] ?? "chromium";
const logFile = join(SHOTS, "..", `soak-${engineName}.log`);
const result = await soak({ minutes, logFile, launch: ENGINES[engineName] });
const { found, samples, memorySteps, ...tally } = result;
console.log(`engine: ${tally.engine}`);
const warmUp = Math.min(300, minutes * 60 / 6);
const window = Math.min(300, minutes * 60 / 6);
const change = growth(samples, warmUp, minutes * 60, window);
const percent = (x) => (x === null ? "n/a" : `${(x * 100).toFixed(1)} %`);
console.log(`soak: ${minutes} min, ${tally.actions} actions, ${tally.taps} taps (${tally.longPresses} long presses, ${tally.palmSmacks} palms, ${tally.bursts} bursts of 20), ${tally.sessions} sessions (${tally.sessionsEnded} ended by themselves)`);
console.log(`seen: ${tally.seen.join(", ")}`);
console.log(`console errors ${found.consoleErrors.length}, page errors ${found.pageErrors.length}, panics ${found.panics}, navigations ${found.navigations}, gate passes ${found.gatePasses}, problem screens ${found.problems.length}`);
for (const error of [...found.consoleErrors, ...found.pageErrors].slice(0, 10)) console.log(`  ${nameWasmFrames(error)}`);
console.log(`wasm memory: ${(change.memoryFrom / 2 ** 20).toFixed(1)} MiB at ${warmUp} s, ${(change.memoryTo / 2 ** 20).toFixed(1)} MiB at the end: ${percent(change.memoryGrowth)}`);
console.log(`wasm memory steps (${memorySteps.length}): ${memorySteps.map((s) => `${s.t} s ${s.fromMiB}→${s.toMiB} MiB on ${s.where}`).join("; ")}`);
// The Rust stack is 1 MiB and an overflow is a trap ("Out of bounds memory access"): its
// deepest point so far, with how much room was left.
const stackUsed = Math.max(0, ...samples.map((s) => s.stack ?? 0));
console.log(`rust stack: deepest ${(stackUsed / 1024).toFixed(0)} KiB of 1024 KiB`);
console.log(`live entities (peak of ${window} s): ${change.entitiesFrom} after ${warmUp} s, ${change.entitiesTo} at the end: ${percent(change.entitiesGrowth)}`);
const flat = change.memoryGrowth !== null && change.memoryGrowth < 0.05 && change.entitiesGrowth !== null && change.entitiesGrowth < 0.05;
const clean = found.consoleErrors.length + found.pageErrors.length + found.panics + found.navigations + found.gatePasses + found.problems.length === 0;
console.log(`budget (0 errors, 0 panics, 0 navigations, 0 gate passes, growth under 5 %): ${clean && flat ? "met" : "NOT met"}`);
