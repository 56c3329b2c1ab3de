import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { en } from '../src/content/en';
import { enResults } from '../src/content/enResults';
import type { CompleteAnswers } from '../src/domain/answers';
import { encodeSharedLink, parseSharedLink } from '../src/domain/sharedLink';
import { App } from '../src/ui/App';
import { storageKeys } from '../src/ui/storage';

const knee: CompleteAnswers = {
  redFlags: ['none'],
  safety: ['bloodThinners'],
  place: 'knee',
  duration: 'sixWeeksTo3Months',
  kind: 'muscle',
  goals: ['fewerPainkillers'],
  needles: 'fine',
  exercise: 'already',
};

describe('results opened from a QR link', () => {
  it('shows the same results, read-only, and saves nothing', async () => {
    render(<App tapSettleMs={0} shared={parseSharedLink(encodeSharedLink(knee))} />);
    expect(await screen.findByRole('heading', { level: 1, name: en.results.title })).toBeInTheDocument();
    expect(screen.getByText(en.takeHome.readOnly)).toBeInTheDocument();
    expect(screen.getByText(enResults.claims.headlineKnee)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: en.results.safetyTitle })).toHaveTextContent(
      enResults.guidance.bloodThinners,
    );
    expect(screen.queryByRole('button', { name: en.common.back })).not.toBeInTheDocument();
    expect(screen.queryByRole('img', { name: en.takeHome.qrLabel })).not.toBeInTheDocument();
    expect(window.sessionStorage.getItem(storageKeys.journey)).toBeNull();
  });

  it('lets the reader answer the questions themselves', async () => {
    const user = userEvent.setup();
    render(<App tapSettleMs={0} shared={parseSharedLink(encodeSharedLink(knee))} />);
    await user.click(await screen.findByRole('button', { name: en.takeHome.startOwn }));
    expect(screen.getByRole('heading', { level: 1, name: en.welcome.title })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en.common.start }));
    expect(screen.getByRole('heading', { level: 1, name: en.questions.redFlags.title })).toBeInTheDocument();
  });

  it('says calmly when a link was cut short or changed, and offers Start', async () => {
    const user = userEvent.setup();
    render(<App tapSettleMs={0} shared={parseSharedLink('#r=2.e8.i.z')} />);
    expect(screen.getByRole('heading', { level: 1, name: en.takeHome.brokenTitle })).toBeInTheDocument();
    expect(screen.queryByText(en.results.title)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en.common.start }));
    expect(screen.getByRole('heading', { level: 1, name: en.welcome.title })).toBeInTheDocument();
  });
});

describe('take it home', () => {
  it('offers a QR code of the results and a Print button', async () => {
    const user = userEvent.setup();
    render(<App tapSettleMs={0} />);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    for (const [question, label] of [
      ['redFlags', 'None of these'],
      ['safety', en.questions.safety.options.bloodThinners],
      ['place', en.questions.place.options.knee],
      ['duration', en.questions.duration.options.sixWeeksTo3Months],
      ['kind', en.questions.kind.options.muscle],
      ['goals', en.questions.goals.options.fewerPainkillers],
      ['needles', en.questions.needles.options.fine],
      ['exercise', en.questions.exercise.options.already],
    ] as const) {
      const group = screen.getByRole('group', { name: (name) => name.endsWith(en.questions[question].title) });
      await user.click(within(group).getByLabelText(label));
      await user.click(screen.getByRole('button', { name: 'Continue' }));
    }
    await user.click(screen.getByRole('button', { name: en.common.seeResults }));
    const takeHome = await screen.findByRole('region', { name: en.takeHome.title });
    expect(await within(takeHome).findByRole('img', { name: en.takeHome.qrLabel })).toBeInTheDocument();
    expect(within(takeHome).getByRole('button', { name: en.takeHome.print })).toBeInTheDocument();
  });
});
