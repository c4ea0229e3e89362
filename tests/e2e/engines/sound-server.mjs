// A silent sound card for Firefox: it plays only through a PulseAudio server, and without one
// its AudioContexts stay "suspended" for ever, as they would on a tablet with no speaker.
// A private PulseAudio with one null sink stands in for the tablet's speaker.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Starts the server; resolves to `{ address, stop }` (`address` is for PULSE_SERVER). */
export async function startSoundServer() {
  const dir = await mkdtemp(join(tmpdir(), "see-you-soon-pulse-"));
  const socket = join(dir, "native");
  const server = spawn("pulseaudio", [
    "--no-cpu-limit", "-n", "--daemonize=no", "--exit-idle-time=-1", "--log-target=stderr",
    "-L", `module-native-protocol-unix auth-anonymous=1 socket=${socket}`,
    "-L", "module-null-sink sink_name=tablet-speaker",
  ], { env: { ...process.env, XDG_RUNTIME_DIR: dir, HOME: dir }, stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  server.stderr.on("data", (chunk) => { log += chunk; });
  const deadline = Date.now() + 10_000;
  while (!existsSync(socket)) {
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`PulseAudio did not start: ${log.slice(-600)}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    address: `unix:${socket}`,
    async stop() {
      server.kill();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
