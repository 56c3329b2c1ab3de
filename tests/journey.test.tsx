import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { en } from '../src/content/en';
import { restoreJourney } from '../src/machine/savedJourney';
import { App } from '../src/ui/App';
import { storageKey } from '../src/ui/Journey';

type User = ReturnType<typeof userEvent.setup>;

function start() {
  const user = userEvent.setup();
  const view = render(<App />);
  return Object.assign(user, { unmount: view.unmount });
}

async function answer(user: User, question: RegExp, ...labels: string[]) {
  const group = screen.getByRole('group', { name: question });
  for (const label of labels) await user.click(within(group).getByLabelText(label));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

/** Answers every question for a patient with long-lasting neck tightness. */
async function answerAll(user: User) {
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await answer(user, /do you have any of these/i, 'None of these');
  await answer(user, /does your physio need to know/i, 'I have diabetes');
  await answer(user, /where is your pain/i, 'Neck');
  await answer(user, /how long/i, 'More than 3 months');
  await answer(user, /what kind of pain/i, 'A tight, tender muscle, or a "knot"');
  await answer(user, /what matters most/i, 'Quick relief from pain', 'Moving more freely');
  await answer(user, /how do you feel about needles/i, 'I am a bit nervous');
  await answer(user, /rehab exercises/i, 'I am willing to do them');
}

describe('the patient journey', () => {
  it('welcomes the patient with the decision, the time it takes and what happens to their answers', () => {
    start();
    expect(screen.getByRole('heading', { level: 1, name: 'Could dry needling help me?' })).toBeInTheDocument();
    expect(screen.getByText(/about 3 minutes/i)).toBeInTheDocument();
    expect(screen.getByText(/we do not ask your name/i)).toBeInTheDocument();
  });

  it('walks from the welcome page through eight questions to the answers and the results', async () => {
    const user = start();
    await answerAll(user);

    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toHaveFocus();
    expect(screen.getByText('I have diabetes')).toBeInTheDocument();
    expect(screen.getByText('Quick relief from pain, Moving more freely')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'See what to expect' }));
    expect(screen.getByRole('heading', { level: 1, name: 'What to expect' })).toHaveFocus();
    expect(screen.getByText(/may ease your neck pain for a short time/i)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What it will not do' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Tell your physio before any needling' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Questions to ask your physio' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'About 20 in 100 visits' })).toBeInTheDocument();
    expect(screen.getAllByText(/research: (moderate|limited|none)/i).length).toBeGreaterThan(5);
    expect(screen.queryByText(/research: strong/i)).not.toBeInTheDocument();
  });

  it('shows the progress and moves focus to the question heading on each step', async () => {
    const user = start();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByText('Question 1 of 8')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Do you have any of these?' })).toHaveFocus();

    await answer(user, /do you have any of these/i, 'None of these');
    expect(screen.getByText('Question 2 of 8')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: /does your physio need to know/i })).toHaveFocus();
  });

  it('explains what is missing when the patient continues without an answer', async () => {
    const user = start();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const group = screen.getByRole('group', { name: /do you have any of these/i });
    expect(group).toHaveAccessibleDescription(/tick the signs you have, or tick "none of these"/i);
    expect(within(group).getAllByRole('checkbox')[0]).toHaveFocus();
    expect(screen.getByText('Question 1 of 8')).toBeInTheDocument();

    await user.click(within(group).getByLabelText('None of these'));
    expect(screen.queryByText(/tick the signs you have/i)).not.toBeInTheDocument();
  });

  it('ticking "None of these" clears the other ticks, and the other way round', async () => {
    const user = start();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, /do you have any of these/i, 'None of these');
    const group = screen.getByRole('group', { name: /does your physio need to know/i });

    await user.click(within(group).getByLabelText('I am pregnant'));
    await user.click(within(group).getByLabelText('None of these'));
    expect(within(group).getByLabelText('I am pregnant')).not.toBeChecked();
    expect(within(group).getByLabelText('None of these')).toBeChecked();

    await user.click(within(group).getByLabelText('I have diabetes'));
    expect(within(group).getByLabelText('None of these')).not.toBeChecked();
  });

  it('stops at a warning sign with a calm message and no promise of benefit, and lets the patient go back', async () => {
    const user = start();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, /do you have any of these/i, 'Weight loss you cannot explain');

    expect(screen.getByRole('heading', { level: 1, name: 'Please see a doctor first' })).toHaveFocus();
    expect(screen.getByText(/please tell the front desk, or see your doctor/i)).toBeInTheDocument();
    expect(screen.queryByText(/may ease/i)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /chest pain/i })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back to the list' }));
    const box = screen.getByLabelText('Weight loss you cannot explain');
    expect(box).toBeChecked();
    await user.click(box);
    await answer(user, /do you have any of these/i, 'None of these');
    expect(screen.getByRole('heading', { level: 1, name: /does your physio need to know/i })).toBeInTheDocument();
  });

  it('asks for urgent help when the patient has chest pain or trouble breathing', async () => {
    const user = start();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, /do you have any of these/i, 'Chest pain or trouble breathing');
    expect(screen.getByRole('alert')).toHaveTextContent(/get urgent help now/i);
  });

  it('goes back a step with Back and keeps the answers given', async () => {
    const user = start();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, /do you have any of these/i, 'None of these');
    await answer(user, /does your physio need to know/i, 'None of these');
    await answer(user, /where is your pain/i, 'Knee');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Where is your pain?' })).toHaveFocus();
    expect(screen.getByLabelText('Knee')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByLabelText('None of these')).toBeChecked();
  });

  it('changes one answer from the check page and comes straight back to it', async () => {
    const user = start();
    await answerAll(user);

    await user.click(screen.getByRole('button', { name: 'Change Where it hurts' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Where is your pain?' })).toHaveFocus();
    await answer(user, /where is your pain/i, 'Lower back');

    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    expect(screen.getByText('Lower back')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'See what to expect' }));
    expect(screen.getByText(/may ease low back pain/i)).toBeInTheDocument();
  });

  it('goes back from a changed question to the check page without changing anything', async () => {
    const user = start();
    await answerAll(user);
    await user.click(screen.getByRole('button', { name: 'Change Needles' }));
    await user.click(screen.getByLabelText('I would rather not have needles'));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
  });

  it('shows options without needles to a patient who would rather avoid them', async () => {
    const user = start();
    await answerAll(user);
    await user.click(screen.getByRole('button', { name: 'Change Needles' }));
    await answer(user, /how do you feel about needles/i, 'I would rather not have needles');
    await user.click(screen.getByRole('button', { name: 'See what to expect' }));
    expect(screen.getByText(/you do not need needles to get good care/i)).toBeInTheDocument();
    expect(screen.getByText('What can we do without needles?')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Waiting and self-care' })).toBeInTheDocument();
  });

  it('starts again from the results with every answer cleared', async () => {
    const user = start();
    await answerAll(user);
    await user.click(screen.getByRole('button', { name: 'See what to expect' }));
    await user.click(screen.getByRole('button', { name: 'Start again' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Could dry needling help me?' })).toBeInTheDocument();
    expect(window.sessionStorage.getItem(storageKey)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByLabelText('None of these')).not.toBeChecked();
  });

  it('keeps the step and the answers across a reload', async () => {
    const user = start();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, /do you have any of these/i, 'None of these');
    await user.click(screen.getByLabelText('I am pregnant'));

    // A reload: the page goes, and a new one starts from what this tab saved.
    user.unmount();
    render(<App saved={restoreJourney(window.sessionStorage.getItem(storageKey))} />);
    expect(screen.getByRole('heading', { level: 1, name: /does your physio need to know/i })).toBeInTheDocument();
    expect(screen.getByLabelText('I am pregnant')).toBeChecked();
    expect(screen.getByText('Question 2 of 8')).toBeInTheDocument();
  });

  it('starts calmly at the welcome page when the saved session is corrupted', () => {
    window.sessionStorage.setItem(storageKey, '{"version":1,"step":"results","answers":{"place":"moon"}}');
    render(<App saved={restoreJourney(window.sessionStorage.getItem(storageKey))} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Could dry needling help me?' })).toBeInTheDocument();
  });

  it('the browser Back button goes to the previous question, not off the app', async () => {
    const user = start();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await answer(user, /do you have any of these/i, 'None of these');
    expect(screen.getByRole('heading', { level: 1, name: /does your physio need to know/i })).toBeInTheDocument();

    window.history.back();
    expect(await screen.findByRole('heading', { level: 1, name: 'Do you have any of these?' })).toBeInTheDocument();
    expect(screen.getByLabelText('None of these')).toBeChecked();
  });

  it('works when the browser blocks storage', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'sessionStorage')!;
    Object.defineProperty(window, 'sessionStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      const user = start();
      await user.click(screen.getByRole('button', { name: 'Start' }));
      await answer(user, /do you have any of these/i, 'None of these');
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
      render(<App content={broken} />);
      expect(screen.getByRole('heading', { level: 1, name: 'Sorry, something went wrong' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Start again' })).toBeInTheDocument();
    } finally {
      quiet.mockRestore();
    }
  });
});
