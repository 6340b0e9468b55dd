// What the figures were measured on: machine, OS, browser and commit.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";

function osName() {
  try {
    const release = readFileSync("/etc/os-release", "utf8");
    const pretty = release.match(/^PRETTY_NAME="?([^"\n]+)"?/m)?.[1];
    if (pretty) return `${pretty} (${os.type()} ${os.release()})`;
  } catch {
    // Not Linux, or no os-release.
  }
  return `${os.type()} ${os.release()}`;
}

function git(args) {
  try {
    return execFileSync("git", args, { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

export function describeMachine(browserVersion) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    ramGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: osName(),
    node: process.version,
    browser: browserVersion,
  };
}

export function describeCommit() {
  const commit = git(["rev-parse", "HEAD"]);
  const dirty = git(["status", "--porcelain"]).length > 0;
  return { commit: commit || "unknown", dirty };
}

/**
 * Other work on the machine slows every figure. Samples the 1-minute load average every
 * few seconds while the bench runs; stop() gives the highest and the mean.
 */
export function sampleLoad(everyMs = 5000) {
  const samples = [os.loadavg()[0]];
  const timer = setInterval(() => samples.push(os.loadavg()[0]), everyMs);
  timer.unref();
  const round = (value) => Math.round(value * 100) / 100;
  return {
    stop() {
      clearInterval(timer);
      samples.push(os.loadavg()[0]);
      const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
      return { max: round(Math.max(...samples)), mean: round(mean), cores: os.cpus().length };
    },
  };
}
