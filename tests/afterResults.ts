import { screen, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { en } from '../src/content/en';
import { enResults } from '../src/content/enResults';
import type { LeaningOption, SureAnswer, SureId, ValueId, ValueWeight } from '../src/content/schema';

// The steps after the results, as a patient takes them: by the words on the screen.

type User = ReturnType<typeof userEvent.setup>;

export interface Marks {
  readonly values?: readonly (readonly [ValueId, ValueWeight])[];
  readonly leaning?: LeaningOption;
  readonly sure?: readonly (readonly [SureId, SureAnswer])[];
}

/** A patient who marks something of each kind, and two SURE answers "no". */
export const someMarks: Marks = {
  values: [
    ['avoidNeedles', 'aLot'],
    ['timeEffort', 'notMuch'],
  ],
  leaning: 'otherFirst',
  sure: [
    ['sure', 'no'],
    ['informed', 'yes'],
    ['support', 'no'],
  ],
};

export async function markValues(user: User, marks: Marks): Promise<void> {
  for (const [value, weight] of marks.values ?? []) {
    const group = screen.getByRole('group', { name: enResults.values.items[value] });
    await user.click(within(group).getByLabelText(enResults.values.weights[weight]));
  }
}

export async function markLeaning(user: User, marks: Marks): Promise<void> {
  if (marks.leaning) await user.click(screen.getByLabelText(enResults.leaning.options[marks.leaning]));
  for (const [question, answer] of marks.sure ?? []) {
    const group = screen.getByRole('group', { name: enResults.leaning.sure[question] });
    await user.click(within(group).getByLabelText(enResults.leaning.answers[answer]));
  }
}

/** From the results to the summary, marking what is given on the way. */
export async function reachSummary(user: User, marks: Marks = {}): Promise<void> {
  await user.click(await screen.findByRole('button', { name: enResults.values.next }));
  await screen.findByRole('heading', { level: 1, name: enResults.values.title });
  await markValues(user, marks);
  await user.click(screen.getByRole('button', { name: en.common.continue }));
  await screen.findByRole('heading', { level: 1, name: enResults.leaning.title });
  await markLeaning(user, marks);
  await user.click(screen.getByRole('button', { name: en.common.continue }));
  await screen.findByRole('heading', { level: 1, name: enResults.decisionSummary.title });
}
