import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../src/content/en';
import { enResults } from '../src/content/enResults';
import { readSettings } from '../src/domain/settings';
import { App } from '../src/ui/App';
import { storageKeys } from '../src/ui/storage';
import { reachSummary, someMarks } from './afterResults';

const o = en.questions;
type User = ReturnType<typeof userEvent.setup>;

function kiosk({ fakeTime = false } = {}) {
  const user = fakeTime ? userEvent.setup({ advanceTimers: vi.advanceTimersByTime }) : userEvent.setup();
  const settings = readSettings('?mode=kiosk', window.localStorage.getItem(storageKeys.clinic)).settings;
  const view = render(<App tapSettleMs={0} settings={settings} />);
  return { user, view };
}

async function answer(user: User, question: string, ...labels: string[]) {
  const group = screen.getByRole('group', { name: (name) => name.endsWith(question) });
  for (const label of labels) await user.click(within(group).getByLabelText(label));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

async function reachResults(user: User) {
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await answer(user, o.redFlags.title, 'None of these');
  await answer(user, o.safety.title, o.safety.options.pregnancy);
  await answer(user, o.place.title, o.place.options.neck);
  await answer(user, o.duration.title, o.duration.options.over3Months);
  await answer(user, o.kind.title, o.kind.options.muscle);
  await answer(user, o.goals.title, o.goals.options.quickRelief);
  await answer(user, o.needles.title, o.needles.options.nervous);
  await answer(user, o.exercise.title, o.exercise.options.willing);
  await user.click(screen.getByRole('button', { name: 'See what to expect' }));
}

const heading = (name: string) => screen.getByRole('heading', { level: 1, name });

async function openStaffWithNewPin(user: User, pin = '2468') {
  await user.click(screen.getByRole('button', { name: en.staff.open }));
  expect(await screen.findByRole('heading', { level: 1, name: en.staff.setPinTitle })).toBeInTheDocument();
  await user.type(screen.getByLabelText(en.staff.pinLabel), pin);
  await user.type(screen.getByLabelText(en.staff.pinAgainLabel), pin);
  await user.click(screen.getByRole('button', { name: en.staff.savePin }));
  expect(await screen.findByRole('heading', { level: 1, name: en.staff.title })).toBeInTheDocument();
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Start again on every screen', () => {
  it('asks before it clears anything, and No keeps every answer', async () => {
    const { user } = kiosk();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, o.redFlags.title, 'None of these');
    await user.click(screen.getByLabelText(o.safety.options.pregnancy));

    await user.click(screen.getByRole('button', { name: 'Start again' }));
    const dialog = screen.getByRole('dialog', { name: en.restart.title });
    expect(within(dialog).getByRole('button', { name: en.restart.cancel })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: en.restart.cancel }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText(o.safety.options.pregnancy)).toBeChecked();
  });

  it('clears a half-done journey so the next patient starts at the warning signs with nothing ticked', async () => {
    const { user } = kiosk();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, o.redFlags.title, 'None of these');
    await answer(user, o.safety.title, o.safety.options.pregnancy);

    await user.click(screen.getByRole('button', { name: 'Start again' }));
    await user.click(screen.getByRole('button', { name: en.restart.confirm }));
    expect(heading(en.welcome.title)).toBeInTheDocument();
    expect(window.sessionStorage.getItem(storageKeys.journey)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(heading(o.redFlags.title)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'None of these' })).not.toBeChecked();
    await answer(user, o.redFlags.title, 'None of these');
    expect(screen.getByLabelText(o.safety.options.pregnancy)).not.toBeChecked();
  });
});

describe('idle erase on the waiting-room tablet', () => {
  it('warns after two quiet minutes, and "I\'m still here" keeps the patient exactly where they were', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user } = kiosk({ fakeTime: true });
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, o.redFlags.title, 'None of these');
    await user.click(screen.getByLabelText(o.safety.options.diabetes));

    act(() => vi.advanceTimersByTime(119_000));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1_000));
    const warning = screen.getByRole('alertdialog', { name: en.idle.title });
    expect(warning).toHaveAccessibleDescription(en.idle.body(30));
    expect(within(warning).getByRole('button', { name: en.idle.stay })).toHaveFocus();

    act(() => vi.advanceTimersByTime(25_000));
    expect(warning).toHaveAccessibleDescription(en.idle.body(5));
    await user.click(within(warning).getByRole('button', { name: en.idle.stay }));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(heading(o.safety.title)).toBeInTheDocument();
    expect(screen.getByLabelText(o.safety.options.diabetes)).toBeChecked();
  });

  it('erases every answer, in memory and in storage, when nobody answers the warning', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user } = kiosk({ fakeTime: true });
    await reachResults(user);
    expect(window.sessionStorage.getItem(storageKeys.journey)).not.toBeNull();

    act(() => vi.advanceTimersByTime(120_000));
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(30_000));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(heading(en.welcome.title)).toBeInTheDocument();
    expect(window.sessionStorage.getItem(storageKeys.journey)).toBeNull();
    expect(document.body).not.toHaveTextContent(o.safety.options.pregnancy);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByRole('checkbox', { name: 'None of these' })).not.toBeChecked();
  });

  it('erases what the patient marked after the results too, from the summary', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user } = kiosk({ fakeTime: true });
    await reachResults(user);
    await reachSummary(user, someMarks);
    expect(screen.getByRole('region', { name: enResults.summary.title })).toHaveTextContent(
      enResults.leaning.options.otherFirst,
    );

    act(() => vi.advanceTimersByTime(150_000));
    expect(heading(en.welcome.title)).toBeInTheDocument();
    expect(window.sessionStorage.getItem(storageKeys.journey)).toBeNull();
    await reachResults(user);
    await user.click(screen.getByRole('button', { name: enResults.values.next }));
    const group = screen.getByRole('group', { name: enResults.values.items.avoidNeedles });
    expect(within(group).getByLabelText(enResults.values.weights.aLot)).not.toBeChecked();
  });

  it('restarts the quiet time at every touch', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user } = kiosk({ fakeTime: true });
    await user.click(screen.getByRole('button', { name: 'Start' }));
    act(() => vi.advanceTimersByTime(100_000));
    await user.click(screen.getByRole('checkbox', { name: 'None of these' }));
    act(() => vi.advanceTimersByTime(100_000));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    act(() => vi.advanceTimersByTime(20_000));
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  });

  it('does not run outside kiosk mode', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<App tapSettleMs={0} />);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    act(() => vi.advanceTimersByTime(30 * 60_000));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(heading(o.redFlags.title)).toBeInTheDocument();
  });
});

describe('hand-back and the front desk', () => {
  it('asks the patient to hand the tablet back after the summary, and Back returns to it', async () => {
    const { user } = kiosk();
    await reachResults(user);
    expect(screen.queryByRole('button', { name: enResults.handBack.finished })).not.toBeInTheDocument();
    await reachSummary(user);
    await user.click(screen.getByRole('button', { name: enResults.handBack.finished }));
    expect(heading(enResults.handBack.title)).toHaveFocus();
    expect(screen.queryByText(enResults.handBack.clinicianTitle)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en.common.back }));
    expect(heading(enResults.decisionSummary.title)).toHaveFocus();
  });

  it('tells staff at a glance that a patient with a warning sign must see a clinician first', async () => {
    const { user } = kiosk();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, o.redFlags.title, o.redFlags.options.fever);
    await user.click(screen.getByRole('button', { name: enResults.handBack.finished }));
    expect(heading(enResults.handBack.title)).toBeInTheDocument();
    expect(screen.getByText(enResults.handBack.clinicianTitle)).toBeInTheDocument();
    expect(screen.getByText(enResults.handBack.clinicianBody)).toBeInTheDocument();
  });

  it("has no hand-back step on a patient's own device", async () => {
    const user = userEvent.setup();
    render(<App tapSettleMs={0} />);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, o.redFlags.title, o.redFlags.options.fever);
    expect(screen.queryByRole('button', { name: enResults.handBack.finished })).not.toBeInTheDocument();
  });

  it('sets a PIN on first use, shows the summary for the physio, and erases it for the next patient', async () => {
    const { user } = kiosk();
    await reachResults(user);
    await reachSummary(user, someMarks);
    await user.click(screen.getByRole('button', { name: enResults.handBack.finished }));
    await openStaffWithNewPin(user);

    const summary = screen.getByRole('region', { name: enResults.summary.title });
    // What the patient marked after the results, the same as on their own summary.
    // A row of the summary: the question, then the answer.
    expect(summary).toHaveTextContent(`${enResults.values.items.avoidNeedles}${enResults.values.weights.aLot}`);
    expect(within(summary).getByText(enResults.leaning.options.otherFirst)).toBeInTheDocument();
    expect(summary).toHaveTextContent(`${enResults.leaning.sure.support}${enResults.leaning.answers.no}`);
    expect(within(summary).getByText(enResults.leaning.nextSteps.sure)).toBeInTheDocument();
    expect(within(summary).getByText(enResults.summary.noName, { exact: false })).toBeInTheDocument();
    expect(within(summary).getByText(enResults.guidance.pregnancy)).toBeInTheDocument();
    expect(within(summary).getByText(enResults.claims.headlineNeck)).toBeInTheDocument();
    expect(within(summary).getByText(o.needles.options.nervous)).toBeInTheDocument();
    expect(within(summary).getByText(enResults.physioQuestions.nervousHelp)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en.staff.nextPatient }));
    expect(heading(en.welcome.title)).toBeInTheDocument();
    expect(window.sessionStorage.getItem(storageKeys.journey)).toBeNull();
    expect(document.body).not.toHaveTextContent(enResults.guidance.pregnancy);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    // The new patient's journey is saved once the screen is drawn, with nothing of the last one.
    await waitFor(() => expect(window.sessionStorage.getItem(storageKeys.journey)).not.toBeNull());
    expect(window.sessionStorage.getItem(storageKeys.journey)).not.toContain('avoidNeedles');
    // The PIN itself is never stored: only a salted hash.
    expect(window.localStorage.getItem(storageKeys.clinic)).toMatch(/"hash":"[0-9a-f]{64}"/);
    expect(window.localStorage.getItem(storageKeys.clinic)).not.toContain('2468');
  });

  it('shows the warning sign first in the summary of a patient who was stopped', async () => {
    const { user } = kiosk();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, o.redFlags.title, o.redFlags.options.fever);
    await user.click(screen.getByRole('button', { name: enResults.handBack.finished }));
    await openStaffWithNewPin(user);
    const summary = screen.getByRole('region', { name: enResults.summary.title });
    expect(within(summary).getByText(enResults.summary.warning)).toBeInTheDocument();
    expect(within(summary).getAllByText(o.redFlags.options.fever)).not.toHaveLength(0);
  });

  it('locks the staff screen for a minute after three wrong PINs, even across a reload', async () => {
    const { user, view } = kiosk();
    await openStaffWithNewPin(user, '1357');
    await user.click(screen.getByRole('button', { name: en.staff.close }));

    await user.click(screen.getByRole('button', { name: en.staff.open }));
    for (const tries of [2, 1]) {
      await user.type(screen.getByLabelText(en.staff.pinLabel), '0000');
      await user.click(screen.getByRole('button', { name: en.staff.unlock }));
      expect(await screen.findByText(en.staff.pinWrong(tries))).toBeInTheDocument();
    }
    await user.type(screen.getByLabelText(en.staff.pinLabel), '0000');
    await user.click(screen.getByRole('button', { name: en.staff.unlock }));
    expect(await screen.findByText(/Too many wrong tries/)).toBeInTheDocument();
    expect(screen.queryByLabelText(en.staff.pinLabel)).not.toBeInTheDocument();

    // A reload does not lift the lock-out.
    view.unmount();
    kiosk();
    await userEvent.setup().click(screen.getByRole('button', { name: en.staff.open }));
    expect(screen.getByText(/Too many wrong tries/)).toBeInTheDocument();
    expect(screen.queryByLabelText(en.staff.pinLabel)).not.toBeInTheDocument();
  });

  it("opens with the right PIN, and keeps the clinic's settings on this device", async () => {
    const { user, view } = kiosk();
    await openStaffWithNewPin(user, '8642');
    await user.type(screen.getByLabelText(en.staff.clinicName), 'Move Physio');
    await user.type(screen.getByLabelText(en.staff.contactLine), 'Questions? Ask at the front desk.');
    await user.selectOptions(screen.getByLabelText(en.staff.idleMinutes), en.staff.minutes(5));
    await user.click(screen.getByLabelText(enResults.clinicInterest.offersLabel));
    await user.type(screen.getByLabelText(enResults.clinicInterest.statementLabel), 'We are paid per visit.');
    await user.click(screen.getByRole('button', { name: en.staff.save }));
    expect(screen.getByRole('status')).toHaveTextContent(en.staff.saved);

    view.unmount();
    const next = kiosk();
    await next.user.click(screen.getByRole('button', { name: en.staff.open }));
    await next.user.type(screen.getByLabelText(en.staff.pinLabel), '8642');
    await next.user.click(screen.getByRole('button', { name: en.staff.unlock }));
    expect(await screen.findByRole('heading', { level: 1, name: en.staff.title })).toBeInTheDocument();
    expect(screen.getByLabelText(en.staff.idleMinutes)).toHaveDisplayValue(en.staff.minutes(5));
    expect(screen.getByLabelText(enResults.clinicInterest.offersLabel)).toBeChecked();
    await next.user.click(screen.getByRole('button', { name: en.staff.close }));
    await reachResults(next.user);
    expect(screen.getByText('Questions? Ask at the front desk.')).toBeInTheDocument();

    await reachSummary(next.user);
    // The clinic's interest is on the patient's summary, in the app's words and its own.
    expect(screen.getByRole('region', { name: enResults.summary.title })).toHaveTextContent(
      enResults.decisionSummary.clinicOffers,
    );
    expect(screen.getByText('We are paid per visit.')).toBeInTheDocument();
    await next.user.click(screen.getByRole('button', { name: enResults.handBack.finished }));
    await next.user.click(screen.getByRole('button', { name: enResults.handBack.staff }));
    await next.user.type(screen.getByLabelText(en.staff.pinLabel), '8642');
    await next.user.click(screen.getByRole('button', { name: en.staff.unlock }));
    expect(await screen.findByRole('region', { name: enResults.summary.title })).toHaveTextContent('Move Physio');
  });
});

describe("the clinic's emergency number", () => {
  it('refuses one with letters, and names a saved one to a patient with chest pain', async () => {
    const { user } = kiosk();
    await openStaffWithNewPin(user);
    const field = screen.getByLabelText(en.staff.emergencyNumber);
    await user.type(field, 'call 911');
    await user.click(screen.getByRole('button', { name: en.staff.save }));
    expect(field).toBeInvalid();
    expect(field).toHaveAccessibleDescription(`${en.staff.emergencyHint} ${en.staff.emergencyInvalid}`);
    expect(screen.getByRole('status')).toHaveTextContent('');

    await user.clear(field);
    await user.type(field, '911');
    await user.click(screen.getByRole('button', { name: en.staff.save }));
    expect(screen.getByRole('status')).toHaveTextContent(en.staff.saved);
    expect(screen.getByLabelText(en.staff.emergencyNumber)).toBeValid();

    await user.click(screen.getByRole('button', { name: en.staff.close }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, o.redFlags.title, o.redFlags.options.chestBreathing);
    expect(screen.getByRole('alert')).toHaveTextContent(en.stop.urgentCall('911'));
  });
});

describe('a double tap', () => {
  it('answers only the screen it was aimed at', async () => {
    const user = userEvent.setup();
    render(<App />);
    // Start, and at once a second tap where the first warning sign will be.
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByLabelText(o.redFlags.options.fever));
    expect(screen.getByLabelText(o.redFlags.options.fever)).not.toBeChecked();

    // Once the screen has settled, taps work again.
    await new Promise((resolve) => setTimeout(resolve, 650));
    await user.click(screen.getByLabelText(o.redFlags.options.fever));
    expect(screen.getByLabelText(o.redFlags.options.fever)).toBeChecked();
  });

  it('lets the keyboard through at once', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    screen.getByRole('checkbox', { name: 'None of these' }).focus();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'None of these' })).toBeChecked();
  });
});
