// The process's stdout and stderr as a command writes to them. A reader that stops early
// (`hypo export | head -1`) closes the pipe: the rest of the output has nobody to read it,
// so it is dropped without a word, and the command still ends with its own exit code
// (`set -o pipefail` then tells findings from success). Any other failure to write (a full
// disk behind `> file`) is said once on stderr and makes the run exit 2, never a stack trace.
import type { Output } from '../commands/context.js';
import { EXIT_USAGE } from '../commands/context.js';

/** The stream's own kind: a TTY's width is read when asked, since the window may change. */
interface ProcessStream {
  write(text: string): unknown;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** What to do with a failure other than a closed pipe: say it (the other stream) and fail the run. */
export interface OutputFailure {
  report(message: string): void;
  fail(): void;
}

/** `name` (stdout, stderr) names the stream in the one line a failed write prints. */
export function guardOutput(stream: ProcessStream, name: string, failure: OutputFailure): Output {
  let closed = false;
  stream.on('error', (error) => {
    if (closed) return;
    closed = true;
    if (error.code === 'EPIPE') return;
    failure.report(`hypo: cannot write to ${name}: ${error.message}\n`);
    failure.fail();
  });
  return {
    write: (text: string) => (closed ? false : stream.write(text)),
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
  };
}

let guarded: { stdout: Output; stderr: Output } | undefined;

/**
 * The real streams, each reporting its failures on the other; a failed write sets exit code 2
 * as the process ends. Guarded once per process, however many runs (tests) ask for them.
 */
export function guardProcessOutput(): { stdout: Output; stderr: Output } {
  guarded ??= guardStreams();
  return guarded;
}

function guardStreams(): { stdout: Output; stderr: Output } {
  const fail = () => {
    // Set on exit, after bin/hypo.js has set the command's code: a write fails after the command returned.
    process.once('exit', () => {
      process.exitCode = EXIT_USAGE;
    });
  };
  const stderr = guardOutput(process.stderr, 'stderr', { report: () => undefined, fail });
  const stdout = guardOutput(process.stdout, 'stdout', { report: (message) => stderr.write(message), fail });
  return { stdout, stderr };
}
