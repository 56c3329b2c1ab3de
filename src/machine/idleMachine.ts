import { assign, setup } from 'xstate';

// The waiting-room tablet's idle erase. After a quiet time it warns the patient, and only if
// nobody answers the warning does it ask for an erase. WCAG 2.2.1 asks for at least 20 seconds
// to say "I'm still here" with one simple action.

export interface IdleInput {
  /** Quiet time before the warning. */
  readonly idleMs: number;
  /** How long the warning waits for "I'm still here". */
  readonly warnMs: number;
}

export const minimumWarnMs = 20_000;

export const idleMachine = setup({
  types: {
    input: {} as IdleInput,
    context: {} as IdleInput & { readonly warnedAt: number },
    events: {} as { type: 'activity' } | { type: 'stillHere' },
  },
  delays: {
    idle: ({ context }) => context.idleMs,
    warn: ({ context }) => Math.max(context.warnMs, minimumWarnMs),
  },
}).createMachine({
  id: 'idle',
  context: ({ input }) => ({ ...input, warnedAt: 0 }),
  initial: 'watching',
  states: {
    watching: {
      after: { idle: 'warning' },
      // Any touch or key press starts the quiet time again.
      on: { activity: { target: 'watching', reenter: true } },
    },
    warning: {
      entry: assign({ warnedAt: () => Date.now() }),
      after: { warn: 'expired' },
      // A tap elsewhere is not an answer: only the dialog's button keeps the patient's place.
      on: { stillHere: 'watching' },
    },
    expired: { type: 'final' },
  },
});
