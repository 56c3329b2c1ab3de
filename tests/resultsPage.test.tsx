import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { en } from '../src/content/en';
import { enResults } from '../src/content/enResults';
import { references } from '../src/content/references';
import { gridRows } from '../src/content/schema';
import { assess } from '../src/domain/assess';
import { ResultsPage } from '../src/ui/ResultsPage';
import { answerSets, kneeInjuryNoNeedles, neckPain } from './answerSets';

const noop = () => undefined;
const layers = enResults.layers;

describe('what to expect', () => {
  it.each(answerSets)('shows $name the answer to their question first, then every section', (set) => {
    render(<ResultsPage answers={set.answers} onBack={noop} onNext={noop} />);

    expect(screen.getByRole('heading', { level: 1, name: en.results.title })).toBeInTheDocument();
    expect(screen.getByText(enResults.claims[set.headline])).toBeInTheDocument();

    const safety = screen.queryByRole('region', { name: en.results.safetyTitle });
    if (set.safetyNotes.length === 0) {
      expect(safety).not.toBeInTheDocument();
    } else {
      expect(safety).toBeInTheDocument();
      const notes = within(safety as HTMLElement).getAllByRole('listitem');
      expect(notes).toHaveLength(set.safetyNotes.length);
      set.safetyNotes.forEach((id, index) => expect(notes[index]).toHaveTextContent(enResults.guidance[id]));
    }

    // The page comes in two parts (the top paints first); both are there once it has settled.
    for (const section of [
      en.results.mayDo,
      en.results.willNotDo,
      en.results.feelsLike,
      layers.gridTitle,
      layers.aboutPainTitle,
      en.results.questionsTitle,
      en.results.decideTitle,
    ]) {
      expect(screen.getByRole('region', { name: section })).toBeInTheDocument();
    }
    // It ends with the way on to what matters to the patient.
    expect(screen.getByRole('button', { name: enResults.values.next })).toBeInTheDocument();
  });
});

describe('the takeaway', () => {
  it.each(answerSets)('gives $name each line of it with its label, the headline first', (set) => {
    render(<ResultsPage answers={set.answers} onBack={noop} />);
    const takeaway = screen.getByRole('region', { name: layers.takeawayTitle });
    const lines = within(takeaway).getAllByRole('listitem');
    const expected = assess(set.answers).takeaway;
    expect(lines).toHaveLength(expected.length);
    expected.forEach((statement, index) => {
      expect(lines[index]).toHaveTextContent(enResults.claims[statement.id]);
      expect(lines[index]).toHaveTextContent(/Research: /);
    });
    expect(lines[0]).toHaveTextContent(enResults.claims[set.headline]);
    expect(lines.at(-1)).toHaveTextContent(/200 in 1,000 visits.*370 in 1,000/);
  });

  it('says how long "a short time" is and what to pair needling with', () => {
    render(<ResultsPage answers={neckPain} onBack={noop} />);
    const takeaway = screen.getByRole('region', { name: layers.takeawayTitle });
    expect(within(takeaway).getByText(enResults.claims.shortTime)).toBeInTheDocument();
    expect(within(takeaway).getByText(enResults.claims.noCauseAlone)).toBeInTheDocument();
  });

  it('explains the labels beside the first one, on request', async () => {
    const user = userEvent.setup();
    render(<ResultsPage answers={neckPain} onBack={noop} />);
    const takeaway = screen.getByRole('region', { name: layers.takeawayTitle });
    const first = within(takeaway).getAllByRole('listitem')[0] as HTMLElement;
    const meaning = within(first).getByText(en.common.labelMeaning.moderate);
    expect(meaning).not.toBeVisible();
    await user.click(within(first).getByText(layers.labelHelp));
    expect(meaning).toBeVisible();
    expect(within(first).getByText(layers.noneMeaning.notStudied)).toBeVisible();
    expect(within(first).getByText(layers.noneMeaning.noBenefit)).toBeVisible();
  });
});

describe('labels that fit the sentence beside them', () => {
  it('shows a "none" that found no help apart from one that found no studies', async () => {
    const user = userEvent.setup();
    render(<ResultsPage answers={neckPain} onBack={noop} />);
    await user.click(screen.getByRole('button', { name: en.results.willNotDo }));
    const willNotDo = screen.getByRole('region', { name: en.results.willNotDo });
    const items = within(willNotDo).getAllByRole('listitem');
    const movement = items.find((item) => item.textContent?.includes(enResults.claims.movementNeck));
    const detox = items.find((item) => item.textContent?.includes(enResults.claims.noDetox));
    expect(movement).toHaveTextContent(`Research: ${layers.noneKinds.noBenefit}`);
    expect(detox).toHaveTextContent(`Research: ${layers.noneKinds.notStudied}`);
    expect(willNotDo).not.toHaveTextContent(`Research: ${en.common.labels.none}`);
  });
});

describe('sources a patient can read', () => {
  it('names each source by author and year, never by its key, with the full reference on request', async () => {
    const user = userEvent.setup();
    render(<ResultsPage answers={neckPain} onBack={noop} />);
    const takeaway = screen.getByRole('region', { name: layers.takeawayTitle });
    const sources = within(takeaway).getByText(/^Sources: /);
    expect(sources).toHaveTextContent('Gattie 2017');
    expect(sources).toHaveTextContent('Brady 2014');
    const citation = within(takeaway).getByText(references.R1.citation);
    expect(citation).not.toBeVisible();
    await user.click(sources);
    expect(citation).toBeVisible();
    expect(document.body).not.toHaveTextContent(/\bR\d{1,2}\b/);
  });
});

describe('the options side by side', () => {
  it.each(answerSets)('is a table for $name: a column per option, the same rows for each', async (set) => {
    const user = userEvent.setup();
    render(<ResultsPage answers={set.answers} onBack={noop} />);
    await user.click(screen.getByRole('button', { name: layers.gridTitle }));
    const table = screen.getByRole('table');
    const options = assess(set.answers).options;

    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(options.map((option) => enResults.optionCards[option.id].name));
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(gridRows.map((row) => layers.gridRows[row]));
    for (const row of within(table).getAllByRole('row').slice(1)) {
      expect(within(row).getAllByRole('cell')).toHaveLength(options.length);
    }
    // Where the research has no figure, every option says so in the same words.
    const help = within(table).getAllByRole('row')[1 + gridRows.indexOf('help')] as HTMLElement;
    for (const cell of within(help).getAllByRole('cell')) expect(cell).toHaveTextContent(layers.noFigure);
    // Each option's "how sure" row carries a label.
    const sure = within(table).getAllByRole('row')[1 + gridRows.indexOf('sure')] as HTMLElement;
    for (const cell of within(sure).getAllByRole('cell')) expect(cell).toHaveTextContent(/Research: /);
  });

  it('tells a knee patient what the knee trial found about exercise, and a neck patient that nothing was found', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<ResultsPage answers={kneeInjuryNoNeedles} onBack={noop} />);
    await user.click(screen.getByRole('button', { name: layers.gridTitle }));
    expect(screen.getByRole('table')).toHaveTextContent(enResults.claims.optionExerciseKnee);
    unmount();

    render(<ResultsPage answers={neckPain} onBack={noop} />);
    await user.click(screen.getByRole('button', { name: layers.gridTitle }));
    const table = screen.getByRole('table');
    expect(table).toHaveTextContent(enResults.claims.optionExerciseOther);
    expect(table).not.toHaveTextContent(enResults.claims.optionExercise);
    expect(table).not.toHaveTextContent(enResults.claims.optionExerciseKnee);
  });
});

describe('about this guide', () => {
  it('gives the review dates in words and the reading level as measured', () => {
    render(<ResultsPage answers={neckPain} onBack={noop} />);
    const about = screen.getByRole('region', { name: en.results.aboutTitle });
    expect(about).toHaveTextContent('Written in November 2026. Next review by November 2028.');
    expect(about).toHaveTextContent(layers.readingLevel(layers.readingScore));
    expect(about).toHaveTextContent(layers.aboutBody[2] ?? 'missing');
  });
});
