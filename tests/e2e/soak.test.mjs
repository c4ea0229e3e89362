// The short soak: about two minutes of a toddler robot on every screen of both games (with the
// journey at its shortest, so it is seen to the end), and a grown-up starting a new session
// through the gate every 50 s. The 30-minute soak is tools/soak.mjs.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { SHOTS } from "./harness.mjs";
import { soak } from "./soak-robot.mjs";

test("two minutes of toddler play break nothing and never open the settings", { timeout: 600_000 }, async () => {
  const result = await soak({ minutes: 2, newSessionEvery: 50, query: "?quick", logFile: join(SHOTS, "..", "soak-short.log") });
  const { found, samples, memorySteps, ...tally } = result;
  console.log(`soak: ${JSON.stringify(tally)}`);
  assert.deepEqual(found.consoleErrors, []);
  assert.deepEqual(found.pageErrors, []);
  assert.equal(found.panics, 0);
  assert.equal(found.navigations, 0, "the page never navigated away or reloaded");
  assert.equal(found.gatePasses, 0, "no way into the settings without the gate");
  assert.deepEqual(found.problems, []);
  // It really played: every kind of toddler action, both games, more than one session.
  for (const kind of ["longPresses", "palmSmacks", "bursts", "aimed"]) assert.ok(tally[kind] > 0, `no ${kind}`);
  assert.ok(tally.seen.includes("peekaboo:hands"), `seen: ${tally.seen}`);
  assert.ok(tally.seen.some((s) => s.startsWith("journey")), `seen: ${tally.seen}`);
  assert.ok(tally.sessions >= 2, `sessions: ${tally.sessions}`);
  // The figures the long soak compares are there to be read.
  assert.ok(samples.every((s) => s.memory > 0 && s.entities > 0), JSON.stringify(samples));
});
