import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { en } from '../src/content/en';
import { enResults } from '../src/content/enResults';
import { references } from '../src/content/references';
import { readSettings } from '../src/domain/settings';
import { restoreJourney } from '../src/machine/savedJourney';
import { App } from '../src/ui/App';
import { storageKeys } from '../src/ui/storage';
import { markLeaning, markValues, reachSummary, someMarks } from './afterResults';

const storageKey = storageKeys.journey;

const o = en.questions;

type User = ReturnType<typeof userEvent.setup>;

/** The question's fieldset: its name is the progress line and the question. */
function questionGroup(question: string) {
  return screen.getByRole('group', { name: (name) => name.endsWith(question) });
}

function start() {
  const user = userEvent.setup();
  const view = render(<App tapSettleMs={0} />);
  return { user, view };
}

async function answer(user: User, question: string, ...labels: string[]) {
  const group = questionGroup(question);
  for (const label of labels) await user.click(within(group).getByLabelText(label));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

/**
 * Waits until the browser has drawn the tap's new screen, as a patient does before pressing Back.
 * (jsdom drops a history.back() still under way when the app writes the new step's entry.)
 */
function screenDrawn(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Answers every question for a patient with long-lasting neck tightness. */
async function answerAll(user: User) {
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await answer(user, o.redFlags.title, 'None of these');
  await answer(user, o.safety.title, o.safety.options.diabetes);
  await answer(user, o.place.title, o.place.options.neck);
  await answer(user, o.duration.title, o.duration.options.over3Months);
  await answer(user, o.kind.title, o.kind.options.muscle);
  await answer(user, o.goals.title, o.goals.options.quickRelief, o.goals.options.moveFreely);
  await answer(user, o.needles.title, o.needles.options.nervous);
  await answer(user, o.exercise.title, o.exercise.options.willing);
}

describe('the patient journey', () => {
  it('welcomes the patient with the decision, the time it takes and what happens to their answers', () => {
    start();
    expect(screen.getByRole('heading', { level: 1, name: 'Could dry needling help me?' })).toBeInTheDocument();
    for (const point of en.welcome.points) expect(screen.getByText(point)).toBeInTheDocument();
    expect(screen.getByText(en.welcome.privacy)).toBeInTheDocument();
  });

  it('walks from the welcome page through eight questions to the answers and the results', async () => {
    const { user } = start();
    await answerAll(user);

    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toHaveFocus();
    // One answer reads as text; several are a list (the only one here), not words run together.
    expect(screen.getByText(o.safety.options.diabetes)).toBeInTheDocument();
    const goals = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(goals.map((item) => item.textContent)).toEqual([o.goals.options.quickRelief, o.goals.options.moveFreely]);

    await user.click(screen.getByRole('button', { name: 'See what to expect' }));
    expect(screen.getByRole('heading', { level: 1, name: 'What to expect' })).toHaveFocus();
    expect(screen.getByText(enResults.claims.headlineNeck)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What it will not do' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Tell your physio before any needling' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Questions to ask your physio' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'What it feels like, and side effects' }));
    expect(screen.getByRole('img', { name: 'About 200 in 1,000 visits' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'About 370 in 1,000 visits' })).toBeInTheDocument();
    expect(screen.getAllByText(/research: (moderate|limited|none)/i).length).toBeGreaterThan(5);
    // "Strong" appears only where the labels are explained, never beside a statement.
    const strong = screen.getAllByText(/research: strong/i);
    for (const label of strong) expect(label).toHaveRole('term');
  });

  it('lists the sources behind the statements, opened on request', async () => {
    const { user } = start();
    await answerAll(user);
    await user.click(screen.getByRole('button', { name: 'See what to expect' }));

    // Sources by author and year; each full reference opens on request. No internal key is shown.
    const [takeawaySources] = screen.getAllByText(/^Sources: Gattie 2017, /);
    const [inTakeaway] = await screen.findAllByText(references.R1.citation);
    expect(inTakeaway).not.toBeVisible();
    await user.click(takeawaySources as HTMLElement);
    expect(inTakeaway).toBeVisible();

    const list = screen.getByText(/^References \(\d+\)$/);
    // Beside each statement it supports, then in the list on screen, then on paper.
    const inList = screen.getAllByText(references.R4.citation).at(-2) as HTMLElement;
    expect(inList).not.toBeVisible();
    await user.click(list);
    expect(inList).toBeVisible();
    expect(inList).toHaveTextContent(/^Neck review 2020 /);
    expect(screen.queryByText(/\bR\d+\b/)).not.toBeInTheDocument();
    expect(screen.getByText(`Published`)).toBeInTheDocument();
  });

  it('shows the progress and moves focus to the question heading on each step', async () => {
    const { user } = start();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByText('Question 1 of 8')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: o.redFlags.title })).toHaveFocus();

    await answer(user, o.redFlags.title, 'None of these');
    expect(screen.getByText('Question 2 of 8')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: o.safety.title })).toHaveFocus();
  });

  it('explains what is missing when the patient continues without an answer', async () => {
    const { user } = start();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const group = questionGroup(o.redFlags.title);
    expect(group).toHaveAccessibleDescription(`${en.questions.redFlags.hint} Error: ${en.questions.redFlags.error}`);
    expect(within(group).getAllByRole('checkbox')[0]).toHaveFocus();
    expect(screen.getByText('Question 1 of 8')).toBeInTheDocument();

    await user.click(within(group).getByLabelText('None of these'));
    expect(screen.queryByText(en.questions.redFlags.error)).not.toBeInTheDocument();
  });

  it('ticking "None of these" clears the other ticks, and the other way round', async () => {
    const { user } = start();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, o.redFlags.title, 'None of these');
    const group = questionGroup(o.safety.title);

    await user.click(within(group).getByLabelText(o.safety.options.pregnancy));
    await user.click(within(group).getByLabelText('None of these'));
    expect(within(group).getByLabelText(o.safety.options.pregnancy)).not.toBeChecked();
    expect(within(group).getByLabelText('None of these')).toBeChecked();

    await user.click(within(group).getByLabelText(o.safety.options.diabetes));
    expect(within(group).getByLabelText('None of these')).not.toBeChecked();
  });

  it('stops at a warning sign with a calm message and no promise of benefit, and lets the patient go back', async () => {
    const { user } = start();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, o.redFlags.title, o.redFlags.options.weightLoss);

    expect(screen.getByRole('heading', { level: 1, name: 'Please see a doctor first' })).toHaveFocus();
    for (const line of en.stop.body) expect(screen.getByText(line)).toBeInTheDocument();
    for (const claim of Object.values(enResults.claims)) expect(screen.queryByText(claim)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /chest pain/i })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back to the list' }));
    const box = screen.getByLabelText(o.redFlags.options.weightLoss);
    expect(box).toBeChecked();
    await user.click(box);
    await answer(user, o.redFlags.title, 'None of these');
    expect(screen.getByRole('heading', { level: 1, name: o.safety.title })).toBeInTheDocument();
  });

  it('asks for urgent help first and alone when the patient has chest pain or trouble breathing', async () => {
    const { user } = start();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, o.redFlags.title, o.redFlags.options.weightLoss, o.redFlags.options.chestBreathing);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(en.stop.urgent);
    expect(alert).toHaveTextContent('call your local emergency number');
    // Nothing calming beside it, and it comes before the list of what was ticked.
    for (const line of en.stop.body) expect(screen.queryByText(line)).not.toBeInTheDocument();
    expect(alert.compareDocumentPosition(screen.getByText(en.stop.youTicked))).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it("names the clinic's emergency number in the urgent message", async () => {
    const user = userEvent.setup();
    const { settings } = readSettings('', JSON.stringify({ version: 1, emergencyNumber: '911' }));
    render(<App tapSettleMs={0} settings={settings} />);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, o.redFlags.title, o.redFlags.options.chestBreathing);
    expect(screen.getByRole('alert')).toHaveTextContent('Get urgent help now. Tell the front desk, or call 911.');
  });

  it('goes back a step with Back and keeps the answers given', async () => {
    const { user } = start();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, o.redFlags.title, 'None of these');
    await answer(user, o.safety.title, 'None of these');
    await answer(user, o.place.title, o.place.options.knee);

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1, name: o.place.title })).toHaveFocus();
    expect(screen.getByLabelText(o.place.options.knee)).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('checkbox', { name: 'None of these' })).toBeChecked();
  });

  it('changes one answer from the check page and comes straight back to it', async () => {
    const { user } = start();
    await answerAll(user);

    await user.click(screen.getByRole('button', { name: 'Change Where it hurts' }));
    expect(screen.getByRole('heading', { level: 1, name: o.place.title })).toHaveFocus();
    await answer(user, o.place.title, o.place.options.lowBack);

    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    expect(screen.getByText(o.place.options.lowBack)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'See what to expect' }));
    expect(screen.getByText(enResults.claims.headlineLowBack)).toBeInTheDocument();
  });

  it('goes back from a changed question to the check page without changing anything', async () => {
    const { user } = start();
    await answerAll(user);
    await user.click(screen.getByRole('button', { name: 'Change Needles' }));
    await user.click(screen.getByLabelText(o.needles.options.avoid));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
  });

  it('shows options without needles to a patient who would rather avoid them', async () => {
    const { user } = start();
    await answerAll(user);
    await user.click(screen.getByRole('button', { name: 'Change Needles' }));
    await answer(user, o.needles.title, o.needles.options.avoid);
    await user.click(screen.getByRole('button', { name: 'See what to expect' }));
    expect(screen.getByText(enResults.claims.headlineAvoidNeedles)).toBeInTheDocument();
    expect(screen.getByText(enResults.physioQuestions.otherOptionsFirst)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Your options side by side' }));
    expect(screen.getByRole('columnheader', { name: 'Waiting and self-care' })).toBeInTheDocument();
  });

  it('starts again from the results with every answer cleared', async () => {
    const { user } = start();
    await answerAll(user);
    await user.click(screen.getByRole('button', { name: 'See what to expect' }));
    const buttons = screen.getAllByRole('button', { name: 'Start again' });
    await user.click(buttons[buttons.length - 1] as HTMLElement);
    await user.click(screen.getByRole('button', { name: en.restart.confirm }));

    expect(screen.getByRole('heading', { level: 1, name: 'Could dry needling help me?' })).toBeInTheDocument();
    expect(window.sessionStorage.getItem(storageKey)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByRole('checkbox', { name: 'None of these' })).not.toBeChecked();
  });

  it('keeps the step and the answers across a reload', async () => {
    const { user, view } = start();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, o.redFlags.title, 'None of these');
    await user.click(screen.getByLabelText(o.safety.options.pregnancy));

    // A reload: the page goes, and a new one starts from what this tab saved.
    view.unmount();
    render(<App tapSettleMs={0} saved={restoreJourney(window.sessionStorage.getItem(storageKey))} />);
    expect(screen.getByRole('heading', { level: 1, name: o.safety.title })).toBeInTheDocument();
    expect(screen.getByLabelText(o.safety.options.pregnancy)).toBeChecked();
    expect(screen.getByText('Question 2 of 8')).toBeInTheDocument();
  });

  it('saves the last tap at once when the page goes away right after it', async () => {
    const { user, view } = start();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, o.redFlags.title, 'None of these');
    await user.click(screen.getByLabelText(o.safety.options.pregnancy));
    // The tab is closed or reloaded before the browser has drawn the tick.
    window.dispatchEvent(new Event('pagehide'));
    const saved = window.sessionStorage.getItem(storageKey);

    view.unmount();
    render(<App tapSettleMs={0} saved={restoreJourney(saved)} />);
    expect(screen.getByRole('heading', { level: 1, name: o.safety.title })).toBeInTheDocument();
    expect(screen.getByLabelText(o.safety.options.pregnancy)).toBeChecked();
  });

  it('starts calmly at the welcome page when the saved session is corrupted', () => {
    window.sessionStorage.setItem(storageKey, '{"version":2,"step":"results","answers":{"place":"moon"}}');
    render(<App tapSettleMs={0} saved={restoreJourney(window.sessionStorage.getItem(storageKey))} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Could dry needling help me?' })).toBeInTheDocument();
  });

  it('the browser Back button goes to the previous question, not off the app', async () => {
    const { user } = start();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, o.redFlags.title, 'None of these');
    expect(screen.getByRole('heading', { level: 1, name: o.safety.title })).toBeInTheDocument();

    await screenDrawn();
    window.history.back();
    expect(await screen.findByRole('heading', { level: 1, name: o.redFlags.title })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'None of these' })).toBeChecked();
  });

  it('a Back pressed before the new screen is drawn goes one step back, and Back still walks to the welcome page', async () => {
    const { user } = start();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, o.redFlags.title, 'None of these');
    // A slow tablet that has not drawn its next frame yet.
    vi.useFakeTimers({ toFake: ['requestAnimationFrame'] });
    try {
      await answer(user, o.safety.title, 'None of these');
      expect(screen.getByRole('heading', { level: 1, name: o.place.title })).toBeInTheDocument();
      window.history.back();
      expect(await screen.findByRole('heading', { level: 1, name: o.safety.title })).toBeInTheDocument();
      window.history.back();
      expect(await screen.findByRole('heading', { level: 1, name: o.redFlags.title })).toBeInTheDocument();
      window.history.back();
      expect(await screen.findByRole('heading', { level: 1, name: 'Could dry needling help me?' })).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('works when the browser blocks storage', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'sessionStorage');
    if (!original) throw new Error('jsdom has no sessionStorage');
    Object.defineProperty(window, 'sessionStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      const { user } = start();
      await user.click(screen.getByRole('button', { name: 'Start' }));
      await answer(user, o.redFlags.title, 'None of these');
      expect(screen.getByText('Question 2 of 8')).toBeInTheDocument();
    } finally {
      Object.defineProperty(window, 'sessionStorage', original);
    }
  });

  it('shows a calm page with a way to start again if a screen fails, never a blank page', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = {
      ...en,
      get welcome(): never {
        throw new Error('a broken screen');
      },
    };
    try {
      render(<App tapSettleMs={0} content={broken} />);
      expect(screen.getByRole('heading', { level: 1, name: 'Sorry, something went wrong' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Start again' })).toBeInTheDocument();
    } finally {
      quiet.mockRestore();
    }
  });
});

describe('after the results: what matters, the leaning and the summary', () => {
  async function toResults() {
    const { user, view } = start();
    await answerAll(user);
    await user.click(screen.getByRole('button', { name: en.common.seeResults }));
    await screen.findByRole('heading', { level: 1, name: en.results.title });
    return { user, view };
  }

  it('asks how much each thing matters, then the leaning and SURE, and shows them in the summary', async () => {
    const { user } = await toResults();
    await user.click(await screen.findByRole('button', { name: enResults.values.next }));
    expect(screen.getByRole('heading', { level: 1, name: enResults.values.title })).toHaveFocus();
    expect(document.title).toBe(`${enResults.values.title} - ${en.appTitle}`);
    for (const value of Object.values(enResults.values.items)) {
      expect(within(screen.getByRole('group', { name: value })).getAllByRole('radio')).toHaveLength(3);
    }
    await markValues(user, someMarks);

    await user.click(screen.getByRole('button', { name: en.common.continue }));
    expect(screen.getByRole('heading', { level: 1, name: enResults.leaning.title })).toHaveFocus();
    expect(screen.queryByRole('region', { name: enResults.leaning.nextStepsTitle })).not.toBeInTheDocument();
    await markLeaning(user, someMarks);
    const nextSteps = screen.getByRole('region', { name: enResults.leaning.nextStepsTitle });
    expect(
      within(nextSteps)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([enResults.leaning.nextSteps.sure, enResults.leaning.nextSteps.support]);

    await user.click(screen.getByRole('button', { name: en.common.continue }));
    expect(screen.getByRole('heading', { level: 1, name: enResults.decisionSummary.title })).toHaveFocus();
    const summary = screen.getByRole('region', { name: enResults.summary.title });
    expect(summary).toHaveTextContent(`${enResults.values.items.avoidNeedles}${enResults.values.weights.aLot}`);
    expect(summary).toHaveTextContent(`${enResults.values.items.timeEffort}${enResults.values.weights.notMuch}`);
    expect(within(summary).queryByText(enResults.values.items.quickRelief)).not.toBeInTheDocument();
    expect(within(summary).getByText(enResults.leaning.options.otherFirst)).toBeInTheDocument();
    expect(summary).toHaveTextContent(`${enResults.leaning.sure.valuesClear}${enResults.decisionSummary.notAnswered}`);
    expect(within(summary).getByText(enResults.leaning.nextSteps.support)).toBeInTheDocument();
    expect(within(summary).getByText(enResults.guidance.diabetes)).toBeInTheDocument();
    expect(within(summary).getByText(enResults.physioQuestions.nervousHelp)).toBeInTheDocument();
    // A patient's own device has no hand-back: the journey ends here.
    expect(screen.queryByRole('button', { name: enResults.handBack.finished })).not.toBeInTheDocument();
  });

  it('goes on without any mark, and the summary says nothing was marked', async () => {
    const { user } = await toResults();
    await reachSummary(user);
    const summary = screen.getByRole('region', { name: enResults.summary.title });
    expect(within(summary).getByText(enResults.decisionSummary.noValues)).toBeInTheDocument();
    expect(within(summary).getByText(enResults.decisionSummary.notChosen)).toBeInTheDocument();
  });

  it('Back walks back to the results and keeps every mark', async () => {
    const { user } = await toResults();
    await reachSummary(user, someMarks);
    await user.click(screen.getByRole('button', { name: en.common.back }));
    expect(screen.getByRole('heading', { level: 1, name: enResults.leaning.title })).toHaveFocus();
    expect(screen.getByLabelText(enResults.leaning.options.otherFirst)).toBeChecked();
    await user.click(screen.getByRole('button', { name: en.common.back }));
    const group = screen.getByRole('group', { name: enResults.values.items.avoidNeedles });
    expect(within(group).getByLabelText(enResults.values.weights.aLot)).toBeChecked();
    await user.click(screen.getByRole('button', { name: en.common.back }));
    expect(screen.getByRole('heading', { level: 1, name: en.results.title })).toHaveFocus();
  });

  it('keeps the marks across a reload, on the summary', async () => {
    const { user, view } = await toResults();
    await reachSummary(user, someMarks);
    view.unmount();
    render(<App tapSettleMs={0} saved={restoreJourney(window.sessionStorage.getItem(storageKey))} />);
    expect(screen.getByRole('heading', { level: 1, name: enResults.decisionSummary.title })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: enResults.summary.title })).toHaveTextContent(
      enResults.leaning.options.otherFirst,
    );
  });

  it('Start again on the summary clears every mark', async () => {
    const { user } = await toResults();
    await reachSummary(user, someMarks);
    const restart = screen.getAllByRole('button', { name: en.common.startAgain });
    await user.click(restart[restart.length - 1] as HTMLElement);
    await user.click(screen.getByRole('button', { name: en.restart.confirm }));
    expect(screen.getByRole('heading', { level: 1, name: en.welcome.title })).toBeInTheDocument();
    expect(window.sessionStorage.getItem(storageKey)).toBeNull();
    await answerAll(user);
    await user.click(screen.getByRole('button', { name: en.common.seeResults }));
    await user.click(await screen.findByRole('button', { name: enResults.values.next }));
    expect(screen.queryByRole('radio', { checked: true })).not.toBeInTheDocument();
  });

  it("shows the clinic's interest, in its own words, on the summary", async () => {
    const settings = readSettings(
      '',
      JSON.stringify({ version: 1, offersNeedling: true, interestStatement: 'Our physios are paid per visit.' }),
    ).settings;
    const user = userEvent.setup();
    render(<App tapSettleMs={0} settings={settings} />);
    await answerAll(user);
    await user.click(screen.getByRole('button', { name: en.common.seeResults }));
    await reachSummary(user);
    const summary = screen.getByRole('region', { name: enResults.summary.title });
    expect(within(summary).getByRole('heading', { name: enResults.decisionSummary.clinicTitle })).toBeInTheDocument();
    expect(within(summary).getByText(enResults.decisionSummary.clinicOffers)).toBeInTheDocument();
    expect(within(summary).getByText('Our physios are paid per visit.')).toBeInTheDocument();
  });
});
