import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { en } from '../src/content/en';
import { enResults } from '../src/content/enResults';
import { questionIds, type QuestionId } from '../src/content/schema';
import { optionsOf } from '../src/domain/answers';
import { readSettings } from '../src/domain/settings';
import { journeyMachine, type JourneyEvent, type JourneySnapshot } from '../src/machine/journeyMachine';
import { App } from '../src/ui/App';

// Model-based: the machine's graph drives the real screens. Each state says what the patient must
// see; each event is the tap a patient makes. A screen that shows the wrong step, loses a tick or
// offers no way to do what the machine allows fails here.

type User = ReturnType<typeof userEvent.setup>;

const pick = (question: QuestionId, option: string): JourneyEvent => ({ type: 'answer.select', question, option });

/** One answer per question on the way to the results, and one warning sign to reach the stop screen. */
const modelEvents: readonly JourneyEvent[] = [
  { type: 'start' },
  { type: 'continue' },
  { type: 'back' },
  { type: 'restart' },
  { type: 'finish' },
  pick('redFlags', 'none'),
  pick('redFlags', 'fever'),
  pick('safety', 'diabetes'),
  pick('place', 'neck'),
  pick('duration', 'over3Months'),
  pick('kind', 'muscle'),
  pick('goals', 'quickRelief'),
  pick('needles', 'nervous'),
  pick('exercise', 'willing'),
  // One mark of each kind after the results: each one shown where it was made and kept on the way back.
  { type: 'values.mark', value: 'lastingFix', weight: 'aLot' },
  { type: 'leaning.choose', leaning: 'notSure' },
  { type: 'sure.answer', question: 'informed', answer: 'no' },
  ...questionIds.map((question): JourneyEvent => ({ type: 'change', question })),
];

const heading = (name: string) => screen.getByRole('heading', { level: 1, name });

const questionGroup = (question: QuestionId) =>
  screen.getByRole('group', { name: (name) => name.endsWith(en.questions[question].title) });

const optionLabel = (question: QuestionId, option: string) =>
  (en.questions[question].options as Readonly<Record<string, string>>)[option] as string;

/** The heading of each step that is not a question. */
const stepHeadings = {
  welcome: en.welcome.title,
  stop: en.stop.title,
  review: en.review.title,
  results: en.results.title,
  values: enResults.values.title,
  leaning: enResults.leaning.title,
  summary: enResults.decisionSummary.title,
  handBack: enResults.handBack.title,
} as const;

/** A radio button in the fieldset named by its question, as a patient finds it. */
const radio = (legend: string, label: string) =>
  within(screen.getByRole('group', { name: legend })).getByRole('radio', { name: label });

/** On the steps after the results: exactly the marks this patient made, and no others. */
function expectMarks({ deciding }: JourneySnapshot['context'], step: string) {
  const { values, leaning } = enResults;
  if (step === 'values') {
    const mark = radio(values.items.lastingFix, values.weights.aLot);
    if (deciding.values.lastingFix === 'aLot') expect(mark).toBeChecked();
    else expect(mark).not.toBeChecked();
  }
  if (step === 'leaning') {
    const lean = screen.getByRole('radio', { name: leaning.options.notSure });
    if (deciding.leaning === 'notSure') expect(lean).toBeChecked();
    else expect(lean).not.toBeChecked();
    const sure = radio(leaning.sure.informed, leaning.answers.no);
    if (deciding.sure.informed === 'no') expect(sure).toBeChecked();
    else expect(sure).not.toBeChecked();
  }
}

const isQuestion = (step: string): step is QuestionId => (questionIds as readonly string[]).includes(step);

/** What the patient must see in each state: the step's heading, and on a question, exactly their ticks. */
function expectScreen(snapshot: JourneySnapshot) {
  const step = snapshot.value;
  const { answers, showError } = snapshot.context;
  if (step === 'redFlagChecked') throw new Error('a passing state is never shown');
  if (!isQuestion(step)) {
    expect(heading(stepHeadings[step])).toBeInTheDocument();
    expectMarks(snapshot.context, step);
    return;
  }
  expect(heading(en.questions[step].title)).toBeInTheDocument();
  const group = questionGroup(step);
  const given = answers[step];
  const chosen = Array.isArray(given) ? given : given === undefined ? [] : [given];
  for (const option of optionsOf[step] as readonly string[]) {
    const box = within(group).getByLabelText(optionLabel(step, option));
    if (chosen.includes(option)) expect(box, `${step}: ${option}`).toBeChecked();
    else expect(box, `${step}: ${option}`).not.toBeChecked();
  }
  if (showError) expect(within(group).getByText(en.questions[step].error)).toBeInTheDocument();
  else expect(within(group).queryByText(en.questions[step].error)).not.toBeInTheDocument();
}

/** The button that goes on from each step. */
const continueLabel = (step: string) =>
  step === 'review' ? en.common.seeResults : step === 'results' ? enResults.values.next : en.common.continue;

/** The tap a patient makes for each event, on the screen of the state it leaves. */
async function act(user: User, event: JourneyEvent, from: JourneySnapshot) {
  const step = from.value;
  switch (event.type) {
    case 'start':
      return user.click(screen.getByRole('button', { name: en.common.start }));
    case 'continue':
      return user.click(screen.getByRole('button', { name: continueLabel(step) }));
    case 'back':
      return user.click(screen.getByRole('button', { name: step === 'stop' ? en.stop.backToAnswers : en.common.back }));
    case 'finish':
      return user.click(screen.getByRole('button', { name: enResults.handBack.finished }));
    case 'restart': {
      const buttons = screen.getAllByRole('button', { name: en.common.startAgain });
      await user.click(buttons[0] as HTMLElement);
      return user.click(screen.getByRole('button', { name: en.restart.confirm }));
    }
    case 'change':
      return user.click(
        screen.getByRole('button', { name: `${en.common.change} ${en.questions[event.question].reviewLabel}` }),
      );
    case 'answer.select':
      return user.click(
        within(questionGroup(event.question)).getByLabelText(optionLabel(event.question, event.option)),
      );
    case 'values.mark':
      return user.click(radio(enResults.values.items[event.value], enResults.values.weights[event.weight]));
    case 'leaning.choose':
      return user.click(screen.getByRole('radio', { name: enResults.leaning.options[event.leaning] }));
    case 'sure.answer':
      return user.click(radio(enResults.leaning.sure[event.question], enResults.leaning.answers[event.answer]));
  }
}

const marked = ({ context: { deciding } }: JourneySnapshot) =>
  Object.keys(deciding.values).length > 0 || deciding.leaning !== undefined || Object.keys(deciding.sure).length > 0;

/** Whether a patient can make this tap here: the machine allows it and the screen offers it. */
function offered(snapshot: JourneySnapshot, event: JourneyEvent): boolean {
  const step = snapshot.value;
  if (!snapshot.can(event)) return false;
  switch (event.type) {
    // Unticking is walked on the warning signs, where it matters most; elsewhere it only doubles the paths.
    case 'answer.select': {
      const given = snapshot.context.answers[event.question];
      const ticked = Array.isArray(given) ? given.includes(event.option) : given === event.option;
      return step === event.question && (event.question === 'redFlags' || !ticked);
    }
    // Start again is on every screen after the welcome; there is nothing to start again from before it.
    case 'restart':
      return step !== 'welcome';
    // The welcome screen's Start already erases: no Back there. Back from the results with marks made
    // after them would walk every question again with each set of marks: the marks are walked on the
    // steps after the results only.
    case 'back':
      return step !== 'welcome' && !(step === 'results' && marked(snapshot));
    // The marks are made in one order (what matters, the leaning, SURE), so each step is seen with
    // and without the marks before it, and not with every mix of them.
    case 'values.mark':
      return !marked(snapshot);
    case 'leaning.choose':
      return snapshot.context.deciding.values.lastingFix !== undefined;
    case 'sure.answer':
      return snapshot.context.deciding.leaning !== undefined;
    default:
      return true;
  }
}

const model = createTestModel(journeyMachine, {
  events: modelEvents,
  filterEvents: offered,
  serializeState: (snapshot) => JSON.stringify([snapshot.value, snapshot.context]),
});

const paths = model.getShortestPaths();

afterEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});

describe('every screen, driven by the journey model on the waiting-room tablet', () => {
  it('covers every step a patient can see', () => {
    const reached = new Set(paths.flatMap((path) => path.steps.map((step) => String(step.state.value))));
    expect([...reached].sort()).toEqual(
      ['welcome', ...questionIds, 'stop', 'review', 'results', 'values', 'leaning', 'summary', 'handBack'].sort(),
    );
  });

  it.each(paths.map((path) => [path.description, path] as const))('%s', async (_, path) => {
    const settings = readSettings('?mode=kiosk', null).settings;
    const user = userEvent.setup();
    const view = render(<App tapSettleMs={0} settings={settings} />);
    // The model tests each state before the event that leaves it: the screen the tap is made on.
    let shown: JourneySnapshot = createActor(journeyMachine).getSnapshot();
    // xstate/graph types the step's event by its type alone; at run time it is the whole event.
    const tap = ({ event }: { event: { type: string } }) => act(user, event as JourneyEvent, shown);
    await path.test({
      states: {
        '*': (snapshot) => {
          shown = snapshot as JourneySnapshot;
          expectScreen(shown);
        },
      },
      events: {
        start: tap,
        continue: tap,
        back: tap,
        finish: tap,
        restart: tap,
        change: tap,
        'answer.select': tap,
        'values.mark': tap,
        'leaning.choose': tap,
        'sure.answer': tap,
      },
    });
    view.unmount();
  });
});
