/** An icon array: `count` filled marks out of `total`, read as one sentence by screen readers. */
export function Pictogram({ count, total, label }: { count: number; total: number; label: string }) {
  return (
    <div className="pictogram" role="img" aria-label={label}>
      {Array.from({ length: total }, (_, index) => (
        <span key={index} className={index < count ? 'mark mark-on' : 'mark'} />
      ))}
    </div>
  );
}
