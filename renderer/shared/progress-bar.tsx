/** A labelled progress bar; the label is the visible text and the accessible name. */
export function ProgressBar({ done, total, label }: { done: number; total: number; label: string }): React.JSX.Element {
  const pct = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={label}
      >
        <div className="progress-fill" style={{ inlineSize: `${pct}%` }} />
      </div>
      <span className="progress-text">{label}</span>
    </div>
  );
}
