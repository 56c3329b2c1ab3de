import {
  answer,
  answerSets,
  answerQuestions,
  appOrigin,
  back,
  button,
  changeButton,
  completeJourney,
  continueOn,
  en,
  enResults,
  expect,
  expectChosen,
  expectQuestion,
  expectResults,
  expectReview,
  expectReviewAnswers,
  expectStop,
  expectWelcome,
  kneeInjuryNoNeedles,
  labelOf,
  lowBackPain,
  neckPain,
  optionInput,
  pageHeading,
  questionGroup,
  savedJourney,
  start,
  startAgain,
  test,
  type Answers,
} from './journey';

test.describe('full journeys to the results', () => {
  for (const { name, answers, headline, safetyNotes } of answerSets) {
    test(name, async ({ page }) => {
      await start(page);
      await answerQuestions(page, answers);
      await expectReviewAnswers(page, answers);
      await button(page, en.common.seeResults).click();

      await expectResults(page);
      await expect(page.getByText(enResults.claims[headline])).toBeVisible();
      for (const section of [
        en.results.mayDo,
        en.results.willNotDo,
        en.results.feelsLike,
        enResults.layers.gridTitle,
      ]) {
        await expect(page.getByRole('region', { name: section })).toBeVisible();
      }
      const safety = page.getByRole('region', { name: en.results.safetyTitle });
      if (safetyNotes.length > 0) {
        await expect(safety.getByRole('listitem')).toContainText(safetyNotes.map((id) => enResults.guidance[id]));
      } else {
        await expect(safety).toHaveCount(0);
      }
      await expect(button(page, en.common.startAgain).first()).toBeVisible();
    });
  }
});

test.describe('warning signs', () => {
  test('a warning sign stops the journey; Back returns to the ticked list', async ({ page }) => {
    await start(page);
    await answer(page, 'redFlags', ['fever', 'restPain']);
    await continueOn(page);

    await expectStop(page);
    const signs = page.getByRole('list').filter({ hasText: labelOf('redFlags', 'fever') });
    await expect(signs.getByRole('listitem')).toHaveText([
      labelOf('redFlags', 'fever'),
      labelOf('redFlags', 'restPain'),
    ]);
    // Only chest pain or trouble breathing raises the urgent alert.
    await expect(page.getByRole('alert')).toHaveCount(0);
    // Nothing about what needling may do is promised here.
    await expect(page.getByText(en.results.mayDo)).toHaveCount(0);

    await back(page);
    await expectQuestion(page, 'redFlags');
    await expectChosen(page, 'redFlags', ['fever', 'restPain']);

    // Untick both, tick "None of these": the journey goes on.
    await optionInput(page, 'redFlags', 'none').check();
    await expectChosen(page, 'redFlags', ['none']);
    await continueOn(page);
    await expectQuestion(page, 'safety');
  });

  test('chest pain raises an urgent alert; "Back to the list" and Start again', async ({ page }) => {
    await start(page);
    await answer(page, 'redFlags', ['chestBreathing']);
    await continueOn(page);

    await expectStop(page);
    await expect(page.getByRole('alert')).toContainText(en.stop.urgent);

    await button(page, en.stop.backToAnswers).click();
    await expectQuestion(page, 'redFlags');
    await expectChosen(page, 'redFlags', ['chestBreathing']);

    await continueOn(page);
    await expectStop(page);
    await startAgain(page);
    await expectWelcome(page);
    expect(await savedJourney(page)).toBeNull();
  });

  for (const leave of ['Continue', 'Back'] as const) {
    test(`a warning sign added through Change on the review still stops the journey (${leave})`, async ({ page }) => {
      await start(page);
      await answerQuestions(page, neckPain);
      await changeButton(page, 'redFlags').click();
      await expectQuestion(page, 'redFlags');
      await answer(page, 'redFlags', ['weakness']);
      await expectChosen(page, 'redFlags', ['weakness']);
      if (leave === 'Continue') await continueOn(page);
      else await back(page);
      await expectStop(page);
      await expect(page.getByRole('button', { name: en.common.seeResults })).toHaveCount(0);
    });
  }
});

test('Continue without an answer shows an error until the question is answered', async ({ page }) => {
  await start(page);
  const group = questionGroup(page, 'redFlags');

  await continueOn(page);
  await expectQuestion(page, 'redFlags', { focused: false });
  const error = page.getByText(en.questions.redFlags.error);
  await expect(error).toBeVisible();
  await expect(group).toHaveAccessibleDescription(new RegExp(`Error: ${escape(en.questions.redFlags.error)}`));
  // The patient is put on the first option, so a screen reader reads the question and the error.
  await expect(optionInput(page, 'redFlags', 'fever')).toBeFocused();

  await answer(page, 'redFlags', ['none']);
  await expect(error).toBeHidden();
  await continueOn(page);
  await expectQuestion(page, 'safety');

  // A one-answer question too.
  await answer(page, 'safety', ['none']);
  await continueOn(page);
  await expectQuestion(page, 'place');
  await continueOn(page);
  await expect(page.getByText(en.questions.place.error)).toBeVisible();
  await expect(optionInput(page, 'place', 'neck')).toBeFocused();
});

test.describe('Check your answers', () => {
  test('a Change that leaves a question empty cannot go back to the review', async ({ page }) => {
    await start(page);
    await answerQuestions(page, neckPain);
    await changeButton(page, 'goals').click();
    await expectQuestion(page, 'goals');
    // Untick both goals: the question is now empty.
    await optionInput(page, 'goals', 'quickRelief').uncheck();
    await optionInput(page, 'goals', 'moveFreely').uncheck();
    await expectChosen(page, 'goals', []);
    await back(page);
    await expect(page.getByText(en.questions.goals.error)).toBeVisible();
    await expectQuestion(page, 'goals', { focused: false });
    await answer(page, 'goals', ['lastingFix']);
    await back(page);
    await expectReview(page);
    await expectReviewAnswers(page, { ...neckPain, goals: ['lastingFix'] });
  });

  test('Back goes to the last question with its answer, and Continue returns', async ({ page }) => {
    await start(page);
    await answerQuestions(page, neckPain);
    await back(page);
    await expectQuestion(page, 'exercise');
    await expectChosen(page, 'exercise', ['willing']);
    await back(page);
    await expectQuestion(page, 'needles');
    await expectChosen(page, 'needles', ['fine']);
    await continueOn(page);
    await expectQuestion(page, 'exercise');
    await continueOn(page);
    await expectReview(page);
    await expectReviewAnswers(page, neckPain);
  });

  test('Change an answer returns straight to the review, and the results follow it', async ({ page }) => {
    await start(page);
    await answerQuestions(page, neckPain);

    await changeButton(page, 'place').click();
    await expectQuestion(page, 'place');
    await expectChosen(page, 'place', ['neck']);
    await answer(page, 'place', ['lowBack']);
    await continueOn(page);

    await expectReview(page);
    const changed: Answers = { ...neckPain, place: 'lowBack' };
    await expectReviewAnswers(page, changed);

    // Back from a changed question also returns to the review, which shows the answer as it now is.
    await changeButton(page, 'goals').click();
    await expectQuestion(page, 'goals');
    await answer(page, 'goals', ['sportWork']);
    await back(page);
    await expectReview(page);
    await expectReviewAnswers(page, { ...changed, goals: ['quickRelief', 'moveFreely', 'sportWork'] });

    await button(page, en.common.seeResults).click();
    await expectResults(page);
    await expect(page.getByText(enResults.claims.headlineLowBack)).toBeVisible();

    // Back from the results is the review again.
    await back(page);
    await expectReview(page);
  });
});

test.describe('reload and the browser Back button', () => {
  test('a reload mid-journey keeps the step and the ticked answers', async ({ page }) => {
    await start(page);
    await answerQuestions(page, lowBackPain, { until: 'safety' });
    // Ticked but not yet continued: still kept.
    await answer(page, 'safety', ['diabetes', 'pregnancy']);

    await page.reload();
    await expectQuestion(page, 'safety', { focused: false });
    await expectChosen(page, 'safety', ['pregnancy', 'diabetes']);

    await continueOn(page);
    await answerQuestions(page, lowBackPain, { from: 'place', until: 'kind' });
    await page.reload();
    await expectQuestion(page, 'kind', { focused: false });

    await back(page);
    await expectQuestion(page, 'duration');
    await expectChosen(page, 'duration', ['under6Weeks']);
    await back(page);
    await expectQuestion(page, 'place');
    await expectChosen(page, 'place', ['lowBack']);
    await back(page);
    await expectChosen(page, 'safety', ['pregnancy', 'diabetes']);
  });

  test('a reload on the review and on the results keeps them', async ({ page }) => {
    await start(page);
    await answerQuestions(page, neckPain);
    await page.reload();
    await expectReview(page, { focused: false });
    await expectReviewAnswers(page, neckPain);
    await button(page, en.common.seeResults).click();
    await expectResults(page);
    await page.reload();
    await expectResults(page, { focused: false });
    await expect(page.getByText(enResults.claims.headlineNeck)).toBeVisible();
  });

  test('the browser Back button goes to the previous question, not off the app', async ({ page }) => {
    await start(page);
    await answerQuestions(page, neckPain, { until: 'duration' });

    await page.goBack();
    await expectQuestion(page, 'place', { focused: false });
    await expectChosen(page, 'place', ['neck']);
    expect(new URL(page.url()).origin).toBe(appOrigin);

    await page.goBack();
    await expectQuestion(page, 'safety', { focused: false });
    await expectChosen(page, 'safety', ['none']);

    await page.goBack();
    await expectQuestion(page, 'redFlags', { focused: false });
    await page.goBack();
    await expectWelcome(page, { focused: false });
    expect(new URL(page.url()).origin).toBe(appOrigin);

    // Still the app, and it still works: Start goes to the first question.
    await button(page, en.common.start).click();
    await expectQuestion(page, 'redFlags');
  });

  test('after the browser Back button, focus is on the new heading', async ({ page }) => {
    // As after every other step: a screen reader then reads the new page, and the keyboard
    // starts from its top, not from the element that was removed.
    await start(page);
    await answerQuestions(page, neckPain, { until: 'place' });
    // The patient has chosen an answer (focus is on it), then changes their mind about the last page.
    await answer(page, 'place', ['knee']);
    await expect(optionInput(page, 'place', 'knee')).toBeFocused();
    await page.goBack();
    await expectQuestion(page, 'safety', { focused: false });
    await expect(pageHeading(page), 'the heading has focus after the browser Back button').toBeFocused();
  });

  test('the browser Back button still works after a reload', async ({ page }) => {
    await start(page);
    await answerQuestions(page, neckPain, { until: 'duration' });
    await page.reload();
    await expectQuestion(page, 'duration', { focused: false });
    await page.goBack();
    await expectQuestion(page, 'place', { focused: false });
    await expectChosen(page, 'place', ['neck']);
    await continueOn(page);
    await expectQuestion(page, 'duration');
  });

  test('the browser Back button on the results goes to the review', async ({ page }) => {
    await completeJourney(page, neckPain);
    await page.goBack();
    await expectReview(page, { focused: false });
    await expectReviewAnswers(page, neckPain);
  });
});

test('Start again clears every answer', async ({ page }) => {
  await completeJourney(page, lowBackPain);
  expect(await savedJourney(page)).not.toBeNull();

  await startAgain(page);
  await expectWelcome(page);
  expect(await savedJourney(page)).toBeNull();

  // A reload now stays on the welcome page.
  await page.reload();
  await expectWelcome(page, { focused: false });

  await button(page, en.common.start).click();
  await expectQuestion(page, 'redFlags');
  await expectChosen(page, 'redFlags', []);
  await answer(page, 'redFlags', ['none']);
  await continueOn(page);
  await expectChosen(page, 'safety', []);
  await expect(pageHeading(page)).toHaveText(en.questions.safety.title);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('nothing leaves the app: every request of a whole journey stays on its own origin', async ({ page, appGuard }) => {
  // The guard in ./journey.ts fails any test on a request to another origin or a console
  // error or warning; this journey visits every screen and checks the guard saw the app load.
  await completeJourney(page, kneeInjuryNoNeedles);
  await startAgain(page);
  await start(page);
  await answer(page, 'redFlags', ['cancer']);
  await continueOn(page);
  await expectStop(page);
  await page.reload();
  await expectStop(page, { focused: false });

  const origins = new Set(appGuard.requests.map((url) => (url.startsWith('data:') ? 'data:' : new URL(url).origin)));
  expect([...origins].filter((origin) => origin !== 'data:')).toEqual([appOrigin]);
  expect(appGuard.requests.some((url) => url.endsWith('.js'))).toBe(true);
});
