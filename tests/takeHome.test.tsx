import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { en } from '../src/content/en';
import { enResults } from '../src/content/enResults';
import type { CompleteAnswers } from '../src/domain/answers';
import { encodeSharedLink, parseSharedLink } from '../src/domain/sharedLink';
import { App } from '../src/ui/App';
import { storageKeys } from '../src/ui/storage';
import { reachSummary, someMarks } from './afterResults';

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
    expect(screen.getAllByText(enResults.claims.headlineKnee)).toHaveLength(2);
    expect(screen.getByRole('region', { name: en.results.safetyTitle })).toHaveTextContent(
      enResults.guidance.bloodThinners,
    );
    expect(screen.queryByRole('button', { name: en.common.back })).not.toBeInTheDocument();
    expect(screen.queryByRole('img', { name: en.takeHome.qrLabel })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: enResults.values.next })).not.toBeInTheDocument();
    expect(window.sessionStorage.getItem(storageKeys.journey)).toBeNull();
  });

  it('shows the summary below the results, with what mattered, the leaning and the SURE answers', async () => {
    const deciding = {
      values: { avoidNeedles: 'aLot', sideEffects: 'aLittle' },
      leaning: 'needling',
      sure: { valuesClear: 'no' },
    } as const;
    render(<App tapSettleMs={0} shared={parseSharedLink(encodeSharedLink(knee, deciding))} />);
    const summary = await screen.findByRole('region', { name: enResults.summary.title });
    expect(screen.getByRole('heading', { level: 2, name: enResults.decisionSummary.title })).toBeInTheDocument();
    // A row of the summary: the question, then the answer.
    expect(summary).toHaveTextContent(`${enResults.values.items.avoidNeedles}${enResults.values.weights.aLot}`);
    expect(summary).toHaveTextContent(`${enResults.values.items.sideEffects}${enResults.values.weights.aLittle}`);
    expect(within(summary).queryByText(enResults.values.items.quickRelief)).not.toBeInTheDocument();
    expect(within(summary).getByText(enResults.leaning.options.needling)).toBeInTheDocument();
    expect(within(summary).getByText(enResults.leaning.nextSteps.valuesClear)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.takeHome.print })).toBeInTheDocument();
  });

  it('opens a link of version 2, from before the steps after the results, with nothing marked', async () => {
    const version2 = encodeSharedLink(knee).replace('#r=3.', '#r=2.').split('.').slice(0, 9).join('.');
    render(<App tapSettleMs={0} shared={parseSharedLink(version2)} />);
    const summary = await screen.findByRole('region', { name: enResults.summary.title });
    expect(within(summary).getByText(enResults.decisionSummary.noValues)).toBeInTheDocument();
    expect(within(summary).getByText(enResults.decisionSummary.notChosen)).toBeInTheDocument();
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
    render(<App tapSettleMs={0} shared={parseSharedLink('#r=3.e8.i.z')} />);
    expect(screen.getByRole('heading', { level: 1, name: en.takeHome.brokenTitle })).toBeInTheDocument();
    expect(screen.queryByText(en.results.title)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en.common.start }));
    expect(screen.getByRole('heading', { level: 1, name: en.welcome.title })).toBeInTheDocument();
  });
});

describe('take it home', () => {
  it('offers a QR code and a Print button on the summary, not on the results', async () => {
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
    await screen.findByRole('button', { name: enResults.values.next });
    expect(screen.queryByRole('region', { name: en.takeHome.title })).not.toBeInTheDocument();
    await reachSummary(user, someMarks);
    const takeHome = await screen.findByRole('region', { name: en.takeHome.title });
    expect(await within(takeHome).findByRole('img', { name: en.takeHome.qrLabel })).toBeInTheDocument();
    expect(within(takeHome).getByRole('button', { name: en.takeHome.print })).toBeInTheDocument();
  });
});
