import { useEffect, useRef, useState } from 'react';
import type { ChartDatum, ChartSpec } from '../../../../shared/figures/charts';

/**
 * One chart of the figures, drawn by Vega as SVG (Vega labels the SVG and each bar for
 * screen readers; the table beside it carries the same numbers). Vega's expressions run
 * through its interpreter, so the app's Content Security Policy (no eval) holds. A click
 * on a bar opens the tracker filtered to the children behind it.
 */
export function VegaChart({ spec, label, onBar }: { spec: ChartSpec; label: string; onBar(datum: ChartDatum): void }) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const onBarRef = useRef(onBar);
  useEffect(() => {
    onBarRef.current = onBar;
  }, [onBar]);

  useEffect(() => {
    let view: { finalize(): void } | undefined;
    let cancelled = false;
    void (async () => {
      try {
        const [{ parse, View }, { expressionInterpreter }, { compile }] = await Promise.all([import('vega'), import('vega-interpreter'), import('vega-lite')]);
        if (cancelled || !box.current) return;
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the spec is plain data built in shared/figures/charts.ts
        const runtime = parse(compile(spec as any).spec, undefined, { ast: true });
        const v = new View(runtime, { renderer: 'svg', container: box.current, hover: false, expr: expressionInterpreter });
        v.addEventListener('click', (_event, item) => {
          const datum = (item as { datum?: Partial<ChartDatum> } | null | undefined)?.datum;
          if (datum?.part) onBarRef.current(datum as ChartDatum);
        });
        await v.runAsync();
        if (cancelled) v.finalize();
        else view = v;
      } catch {
        if (!cancelled) setFailed(true);
      }
    })();
    return () => {
      cancelled = true;
      view?.finalize();
    };
  }, [spec]);

  if (failed) return <p className="muted">The chart could not be drawn; the table has the same numbers.</p>;
  return (
    <div className="figure__chart">
      <div ref={box} aria-label={label} />
    </div>
  );
}
