// Expected failures (bad config, missing folder, bad usage) carry a permanent code,
// a message that says what happened and why, and a hint with the next step.
// The CLI prints them without a stack trace and exits 2.

export class HypoError extends Error {
  readonly code: string;
  readonly hint: string | undefined;
  readonly exitCode: number;

  constructor(code: string, message: string, options: { hint?: string; exitCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HypoError';
    this.code = code;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? 2;
  }
}
