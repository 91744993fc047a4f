// What each state of `hypo acted` means, in the words every format uses.
import type { ActedState } from '../report/acted-model.js';

export function stateHeading(state: ActedState, actWithinDays: number): { title: string; why: string } {
  switch (state) {
    case 'overdue':
      return { title: 'Overdue', why: `no commit about the decision in the ${actWithinDays} days after it` };
    case 'code-remains':
      return { title: 'Code remains', why: `stopped or pivoted, its code still tracked after ${actWithinDays} days` };
    case 'not-yet':
      return { title: 'Not yet', why: `no commit about it yet, within ${actWithinDays} days` };
    case 'no-code-link':
      return { title: 'No code link', why: 'no code globs and no Hypo: trailer: hypo cannot tell' };
    case 'acted':
      return { title: 'Acted', why: 'a commit about it followed' };
  }
}
