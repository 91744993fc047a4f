// A GitRunner that counts the processes it starts: the proof that history is read
// in a fixed number of git calls, whatever the number of records.
import { createGitRunner, type GitRunnerWithInput } from '../../src/store/git.js';
import { TEST_ENV } from './run-cli.js';

/** Every process the runner starts, by its git command and arguments. */
export function countingGit(cwd: string): GitRunnerWithInput & { calls: string[][] } {
  const real = createGitRunner(cwd, TEST_ENV, { why: 'for a test' });
  const calls: string[][] = [];
  return {
    calls,
    raw: (args) => {
      calls.push([...args]);
      return real.raw(args);
    },
    streamWithInput: (args, input, onChunk) => {
      calls.push([...args]);
      return real.streamWithInput(args, input, onChunk);
    },
  };
}
