import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../src/content/en';
import { enResults } from '../src/content/enResults';
import { ResultsPage } from '../src/ui/ResultsPage';
import { answerSets } from './answerSets';

const noop = () => undefined;

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
      en.results.optionsTitle,
      en.results.questionsTitle,
      en.results.decideTitle,
    ]) {
      expect(screen.getByRole('region', { name: section })).toBeInTheDocument();
    }
    // It ends with the way on to what matters to the patient.
    expect(screen.getByRole('button', { name: enResults.values.next })).toBeInTheDocument();
  });
});
