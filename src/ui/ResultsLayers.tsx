import { useId, useState, type ReactNode } from 'react';
import { pictograms } from '../content/evidence';
import { evidenceLabels, gridRows, noneKinds, type GridRow } from '../content/schema';
import type { OptionCard, Statement } from '../domain/assess';
import { useContent } from './content';
import { StatementNote } from './EvidenceNote';
import { Pictogram } from './Pictogram';
import { useResultsContent } from './resultsContent';

// The results page's layers: the takeaway stays on the first screen, each part below it opens on
// request, with its detail complete.

/** A part of the results the patient opens: its heading is the button, and names the region. */
export function Layer({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const body = `${id}-body`;
  return (
    <section aria-labelledby={id} className="layer">
      <h2 id={id}>
        <button type="button" aria-expanded={open} aria-controls={body} onClick={() => setOpen(!open)}>
          {title}
        </button>
      </h2>
      <div id={body} className="layer-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}

/** What the labels mean, opened beside the first one. */
export function LabelHelp() {
  const { layers } = useResultsContent();
  return (
    <details className="label-help">
      <summary>{layers.labelHelp}</summary>
      <p>{layers.labelHelpLead}</p>
      <LabelMeanings />
    </details>
  );
}

/** Every label a patient can meet, with its meaning; "none" as its two kinds. */
export function LabelMeanings() {
  const { common } = useContent();
  const { layers } = useResultsContent();
  const rows = [
    ...evidenceLabels
      .filter((label) => label !== 'none')
      .map((label) => ({ key: label, term: common.labels[label], meaning: common.labelMeaning[label] })),
    ...noneKinds.map((kind) => ({ key: kind, term: layers.noneKinds[kind], meaning: layers.noneMeaning[kind] })),
  ];
  return (
    <dl className="labels">
      {rows.map(({ key, term, meaning }) => (
        <div key={key}>
          <dt>
            {common.evidence}: {term}
          </dt>
          <dd>{meaning}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The icon arrays beside a statement, each with its caption and its numbers in words. */
function IconArrays({ statement }: { statement: Statement }) {
  const { layers } = useResultsContent();
  const arrays = pictograms[statement.id];
  if (!arrays) return null;
  return (
    <div className="icon-arrays">
      {arrays.map((array) => {
        const words = layers.iconArrays[array.unit](array.count, array.total);
        return (
          <figure key={array.caption}>
            <figcaption>
              <strong>{layers.iconCaptions[array.caption]}</strong>: {words}
            </figcaption>
            <Pictogram count={array.count} total={array.total} label={words} />
          </figure>
        );
      })}
    </div>
  );
}

export function StatementList({ items }: { items: readonly Statement[] }) {
  const { claims } = useResultsContent();
  return (
    <ul className="statements">
      {items.map((item) => (
        <li key={item.id}>
          <p>{claims[item.id]}</p>
          <IconArrays statement={item} />
          <StatementNote statement={item} />
        </li>
      ))}
    </ul>
  );
}

/** A statement inside a grid cell: its words and its label. */
function CellStatement({ statement }: { statement: Statement }) {
  const { claims } = useResultsContent();
  return (
    <>
      <p>{claims[statement.id]}</p>
      <StatementNote statement={statement} />
    </>
  );
}

/**
 * The options side by side (Option Grid): a column per option, the same rows for each. On a wide
 * screen it is a table; on a phone or an upright tablet each row stacks its options under it,
 * still a table to a screen reader (the roles are explicit because a table whose display changes
 * loses them in some browsers).
 */
export function OptionsGrid({ options }: { options: readonly OptionCard[] }) {
  const { claims, layers, optionCards } = useResultsContent();
  const id = useId();
  const cell = (row: GridRow, option: OptionCard): ReactNode => {
    const text = optionCards[option.id];
    switch (row) {
      case 'what':
        return (
          <>
            <p>{text.what}</p>
            {option.what && <CellStatement statement={option.what} />}
          </>
        );
      case 'help':
        return (
          <>
            <p>{claims[option.benefit.id]}</p>
            <p>{layers.noFigure}</p>
          </>
        );
      case 'downsides':
        return (
          <>
            <p>{text.downside}</p>
            {option.harms && <StatementNote statement={option.harms} />}
          </>
        );
      case 'effort':
        return (
          <>
            <p>{text.effort}</p>
            {option.effort && <CellStatement statement={option.effort} />}
          </>
        );
      case 'sure':
        return <StatementNote statement={option.benefit} />;
    }
  };
  return (
    <table className="options-grid" role="table" aria-describedby={`${id}-lead`}>
      <caption>
        <span id={`${id}-lead`}>{layers.gridLead}</span>
      </caption>
      <thead role="rowgroup">
        <tr role="row">
          <td role="cell" />
          {options.map((option) => (
            <th key={option.id} scope="col" role="columnheader">
              {optionCards[option.id].name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {gridRows.map((row) => (
          <tr key={row} role="row">
            <th scope="row" role="rowheader">
              {layers.gridRows[row]}
            </th>
            {options.map((option) => (
              <td key={option.id} role="cell">
                <span className="cell-option" aria-hidden="true">
                  {optionCards[option.id].name}
                </span>
                {cell(row, option)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
