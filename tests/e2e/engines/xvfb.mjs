// A virtual X display for the engines that draw WebGL only in a real window (Firefox has no
// WebGL headless; WebKit's MiniBrowser has no headless mode at all).
import { spawn } from "node:child_process";

/** Starts Xvfb on a free display number; resolves to `{ display, stop }`. */
export function startXvfb({ width = 1600, height = 1200 } = {}) {
  return new Promise((resolve, reject) => {
    // -displayfd: Xvfb picks a free display and writes its number to that descriptor.
    const xvfb = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", `${width}x${height}x24`, "-nolisten", "tcp"], {
      stdio: ["ignore", "ignore", "pipe", "pipe"],
    });
    let errors = "";
    let number = "";
    xvfb.stderr.on("data", (chunk) => { errors += chunk; });
    xvfb.on("error", reject);
    xvfb.on("exit", (code) => reject(new Error(`Xvfb exited (${code}): ${errors.slice(-500)}`)));
    xvfb.stdio[3].on("data", (chunk) => {
      number += chunk;
      if (!number.includes("\n")) return;
      resolve({
        display: `:${number.trim()}`,
        stop: () => new Promise((done) => {
          xvfb.removeAllListeners("exit");
          xvfb.once("exit", () => done());
          xvfb.kill();
        }),
      });
    });
  });
}
