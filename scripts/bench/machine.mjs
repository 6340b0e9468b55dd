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
    // Other work on the machine slows every figure: the 1-minute load average, as a hint.
    loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
    browser: browserVersion,
  };
}

export function describeCommit() {
  const commit = git(["rev-parse", "HEAD"]);
  const dirty = git(["status", "--porcelain"]).length > 0;
  return { commit: commit || "unknown", dirty };
}
