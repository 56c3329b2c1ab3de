import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { en } from '../src/content/en';
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
  handBack: en.handBack.title,
} as const;

const isQuestion = (step: string): step is QuestionId => (questionIds as readonly string[]).includes(step);

/** What the patient must see in each state: the step's heading, and on a question, exactly their ticks. */
function expectScreen(snapshot: JourneySnapshot) {
  const step = snapshot.value;
  const { answers, showError } = snapshot.context;
  if (step === 'redFlagChecked') throw new Error('a passing state is never shown');
  if (!isQuestion(step)) {
    expect(heading(stepHeadings[step])).toBeInTheDocument();
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

/** The tap a patient makes for each event, on the screen of the state it leaves. */
async function act(user: User, event: JourneyEvent, from: JourneySnapshot) {
  const step = from.value;
  switch (event.type) {
    case 'start':
      return user.click(screen.getByRole('button', { name: en.common.start }));
    case 'continue':
      return user.click(
        screen.getByRole('button', { name: step === 'review' ? en.common.seeResults : en.common.continue }),
      );
    case 'back':
      return user.click(screen.getByRole('button', { name: step === 'stop' ? en.stop.backToAnswers : en.common.back }));
    case 'finish':
      return user.click(screen.getByRole('button', { name: en.handBack.finished }));
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
  }
}

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
    // The welcome screen's Start already erases: no Back there.
    case 'back':
      return step !== 'welcome';
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
    expect([...reached].sort()).toEqual(['welcome', ...questionIds, 'stop', 'review', 'results', 'handBack'].sort());
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
      events: { start: tap, continue: tap, back: tap, finish: tap, restart: tap, change: tap, 'answer.select': tap },
    });
    view.unmount();
  });
});
