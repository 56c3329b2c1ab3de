import type { FormEvent } from 'react';
import { valueIds, valueWeights, type ValueId, type ValueWeight } from '../content/schema';
import type { Deciding } from '../domain/deciding';
import { BackButton } from './BackButton';
import { useContent } from './content';
import { useResultsContent } from './resultsContent';

interface Props {
  deciding: Deciding;
  onMark: (value: ValueId, weight: ValueWeight) => void;
  onContinue: () => void;
  onBack: () => void;
}

/** How much each thing matters, in a few taps on one screen. Any of them may be left unmarked. */
export function ValuesPage({ deciding, onMark, onContinue, onBack }: Props) {
  const { common } = useContent();
  const { values } = useResultsContent();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onContinue();
  };
  return (
    <>
      <BackButton onBack={onBack} />
      <h1 tabIndex={-1}>{values.title}</h1>
      <p className="hint">{values.lead}</p>
      <form onSubmit={submit} noValidate>
        {valueIds.map((value) => (
          <fieldset key={value} className="question value">
            <legend>{values.items[value]}</legend>
            <div className="choices radios weights">
              {valueWeights.map((weight) => {
                const id = `value-${value}-${weight}`;
                return (
                  <div key={weight} className="choice">
                    <input
                      id={id}
                      type="radio"
                      name={`value-${value}`}
                      value={weight}
                      checked={deciding.values[value] === weight}
                      onChange={() => onMark(value, weight)}
                    />
                    <label htmlFor={id}>{values.weights[weight]}</label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
        <div className="actions">
          <button type="submit" className="button primary">
            {common.continue}
          </button>
        </div>
      </form>
    </>
  );
}
