// What the benchmarks share: one headless Chromium set up alike, and the CPU its processes used.
import { readdirSync, readFileSync } from "node:fs";
import { chromium } from "playwright-core";

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    chromiumSandbox: false,
    args: ["--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist",
      "--no-first-run", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--disable-quic"],
  });
}

/**
 * CPU seconds used so far by the browser's GPU process (where SwiftShader draws) and by its
 * renderer processes (the page's main thread, the compositor, workers), read from /proc.
 * The bench runs one browser at a time, so every such process is this run's. Elsewhere than
 * Linux, or if /proc cannot be read, null.
 */
const TICKS_PER_SECOND = 100; // Linux's USER_HZ
export function chromiumCpu() {
  try {
    const total = { gpu: 0, renderer: 0 };
    for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
      let cmdline;
      let stat;
      try {
        cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
        stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      } catch {
        continue; // gone meanwhile
      }
      const kind = cmdline.includes("--type=gpu-process") ? "gpu" : cmdline.includes("--type=renderer") ? "renderer" : null;
      if (!kind) continue;
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      total[kind] += (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
    }
    return total;
  } catch {
    return null;
  }
}
