// Runs a command line of this repository as a child process without blocking the test worker: a synchronous spawn
// holds vitest's worker for the whole run, and on a busy machine its messages to the runner time out.
import {execFile} from "node:child_process";

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `file args` in `cwd`; resolves with the exit status and the output, whatever the status. */
export function run(
  file: string,
  args: string[],
  options: {cwd: string; env?: NodeJS.ProcessEnv; timeout?: number}
): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      {
        cwd: options.cwd,
        env: options.env,
        encoding: "utf8",
        timeout: options.timeout ?? 60_000,
        // A CLI that hangs and ignores SIGTERM (as it did on a /proc path) must still end the test.
        killSignal: "SIGKILL",
        maxBuffer: 64 * 1024 * 1024
      },
      (error, stdout, stderr) => {
        const code = error && typeof (error as {code?: unknown}).code === "number" ? (error as {code: number}).code : 0;
        if (error && !("code" in error) && !error.killed) reject(error);
        else resolve({status: error?.killed ? null : code, stdout, stderr});
      }
    );
  });
}
