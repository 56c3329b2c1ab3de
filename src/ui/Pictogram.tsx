import { useId } from 'react';

const columns = 50;
const cell = 10;

/**
 * An icon array: `count` filled marks out of `total`, read as one sentence by screen readers. A
 * thousand marks are drawn as two patterns (filled, empty) over the rows they cover, not as a
 * thousand elements: the filled marks come first, row by row.
 */
export function Pictogram({ count, total, label }: { count: number; total: number; label: string }) {
  const id = `icons${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const perRow = Math.min(columns, total);
  const rows = Math.ceil(total / perRow);
  const full = Math.floor(count / perRow);
  const rest = count % perRow;
  const width = perRow * cell;
  const on = `url(#${id}-on)`;
  const off = `url(#${id}-off)`;
  return (
    <svg className="pictogram" role="img" aria-label={label} viewBox={`0 0 ${width} ${rows * cell}`}>
      <defs>
        <pattern id={`${id}-on`} width={cell} height={cell} patternUnits="userSpaceOnUse">
          <circle cx={cell / 2} cy={cell / 2} r={cell * 0.38} className="mark-on" />
        </pattern>
        <pattern id={`${id}-off`} width={cell} height={cell} patternUnits="userSpaceOnUse">
          <circle cx={cell / 2} cy={cell / 2} r={cell * 0.32} className="mark-off" />
        </pattern>
      </defs>
      <rect x={0} y={0} width={width} height={full * cell} fill={on} />
      <rect x={0} y={full * cell} width={rest * cell} height={cell} fill={on} />
      <rect x={rest * cell} y={full * cell} width={width - rest * cell} height={cell} fill={off} />
      <rect x={0} y={(full + 1) * cell} width={width} height={Math.max(0, rows - full - 1) * cell} fill={off} />
    </svg>
  );
}
