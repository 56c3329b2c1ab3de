import { assign, fromPromise, setup } from 'xstate';
import { checkPin, hashPin, isValidPin, lockOutMs, maxPinTries } from '../domain/pin';
import type { PinRecord } from '../domain/settings';

// The front desk's screen, behind a PIN the clinic sets on first use. Three wrong PINs lock
// it for a minute; the lock is kept with the clinic's settings, so a reload does not lift it.

export interface StaffInput {
  /** The PIN's salted hash, once the clinic has set one. */
  readonly pin: PinRecord | undefined;
  /** Ms since 1970; 0 when not locked. */
  readonly lockedUntil: number;
}

export type PinProblem = 'invalid' | 'mismatch' | 'wrong';

export interface StaffContext extends StaffInput {
  readonly failures: number;
  readonly problem: PinProblem | undefined;
}

export type StaffEvent =
  | { type: 'pin.enter'; pin: string }
  | { type: 'pin.choose'; pin: string; again: string }
  /** A new PIN from the settings form, already hashed. */
  | { type: 'pin.replace'; record: PinRecord };

export const staffMachine = setup({
  types: {
    input: {} as StaffInput,
    context: {} as StaffContext,
    events: {} as StaffEvent,
  },
  actors: {
    checkPin: fromPromise<boolean, { pin: string; record: PinRecord | undefined }>(async ({ input }) =>
      input.record ? checkPin(input.pin, input.record) : false,
    ),
    hashPin: fromPromise<PinRecord, { pin: string }>(({ input }) => hashPin(input.pin)),
  },
  guards: {
    locked: ({ context }) => context.lockedUntil > Date.now(),
    hasPin: ({ context }) => context.pin !== undefined,
    malformed: ({ event }) => (event.type === 'pin.enter' || event.type === 'pin.choose') && !isValidPin(event.pin),
    mismatched: ({ event }) => event.type === 'pin.choose' && event.pin !== event.again,
    lastTry: ({ context }) => context.failures + 1 >= maxPinTries,
  },
  delays: {
    lockOut: ({ context }) => Math.max(0, context.lockedUntil - Date.now()),
  },
}).createMachine({
  id: 'staff',
  context: ({ input }) => ({ ...input, failures: 0, problem: undefined }),
  initial: 'gate',
  states: {
    // Where the front desk starts: a lock-out first, then the PIN, or choosing one on first use.
    gate: {
      always: [
        { guard: 'locked', target: 'lockedOut' },
        { guard: 'hasPin', target: 'enterPin' },
        { target: 'choosePin' },
      ],
    },
    choosePin: {
      on: {
        'pin.choose': [
          { guard: 'malformed', actions: assign({ problem: 'invalid' }) },
          { guard: 'mismatched', actions: assign({ problem: 'mismatch' }) },
          { target: 'savingPin', actions: assign({ problem: undefined }) },
        ],
      },
    },
    savingPin: {
      invoke: {
        src: 'hashPin',
        input: ({ event }) => ({ pin: event.type === 'pin.choose' ? event.pin : '' }),
        onDone: { target: 'open', actions: assign({ pin: ({ event }) => event.output }) },
        onError: { target: 'choosePin', actions: assign({ problem: 'invalid' }) },
      },
    },
    enterPin: {
      on: {
        'pin.enter': [
          { guard: 'malformed', actions: assign({ problem: 'invalid' }) },
          { target: 'checking', actions: assign({ problem: undefined }) },
        ],
      },
    },
    checking: {
      invoke: {
        src: 'checkPin',
        input: ({ context, event }) => ({ pin: event.type === 'pin.enter' ? event.pin : '', record: context.pin }),
        onDone: [
          { guard: ({ event }) => event.output, target: 'open', actions: assign({ failures: 0 }) },
          {
            guard: 'lastTry',
            target: 'lockedOut',
            actions: assign({ failures: 0, problem: undefined, lockedUntil: () => Date.now() + lockOutMs }),
          },
          {
            target: 'enterPin',
            actions: assign({ failures: ({ context }) => context.failures + 1, problem: 'wrong' }),
          },
        ],
        onError: { target: 'enterPin', actions: assign({ problem: 'wrong' }) },
      },
    },
    lockedOut: {
      after: { lockOut: { target: 'enterPin', actions: assign({ lockedUntil: 0 }) } },
    },
    open: {
      on: { 'pin.replace': { actions: assign({ pin: ({ event }) => event.record }) } },
    },
  },
});
