// hypo completion bash|zsh|fish: print the completion script for a shell.

import type { CompletionSpec } from '../model/completion-spec.js';
import { HypoError } from '../model/hypo-error.js';
import { didYouMean } from '../model/suggest.js';
import { type Context, EXIT_OK } from './context.js';

export interface CompletionOptions {
  shell: string;
  spec: CompletionSpec;
}

const SHELLS = ['bash', 'zsh', 'fish'] as const;

export async function runCompletion({ shell, spec }: CompletionOptions, ctx: Context): Promise<number> {
  switch (shell) {
    case 'bash':
      ctx.stdout.write((await import('../render/completion-bash.js')).renderCompletionBash(spec));
      return EXIT_OK;
    case 'zsh':
      ctx.stdout.write((await import('../render/completion-zsh.js')).renderCompletionZsh(spec));
      return EXIT_OK;
    case 'fish':
      ctx.stdout.write((await import('../render/completion-fish.js')).renderCompletionFish(spec));
      return EXIT_OK;
    default:
      throw new HypoError('unknown-shell', `hypo completes ${SHELLS.join(', ')} — not "${shell}"${didYouMean(shell, SHELLS)}`, {
        hint: 'for example, in ~/.bashrc: eval "$(hypo completion bash)"',
      });
  }
}
