import { useMemo } from 'react';
import { chartSpec } from '../../../../shared/figures/charts';
import type { FigureTable } from '../../../../shared/figures/tables';
import type { FiguresPeriod } from '../../../../shared/schemas/figures';
import { navigate } from '../../routing';
import { trackerLinkFor } from './figure-link';
import { VegaChart } from './VegaChart';

/** One figure: its chart and, beside it, its table, each number a link to the children behind it. */
export function FigureSection({ table, period, onCsv }: { table: FigureTable; period: FiguresPeriod; onCsv(table: FigureTable): void }) {
  const spec = useMemo(() => chartSpec(table, 460), [table]);
  const link = (part: string, about: string) => trackerLinkFor({ part, ...period }, about);
  const headingId = `figure-${table.id}`;
  return (
    <section className="figure" aria-labelledby={headingId}>
      <div className="figure__head">
        <h2 id={headingId}>{table.title}</h2>
        <button type="button" className="button button--secondary button--small" onClick={() => onCsv(table)}>
          CSV<span className="visually-hidden"> of {table.title}</span>
        </button>
      </div>
      <p className="figure__note">{table.note}</p>
      <div className="figure__body">
        {spec ? (
          <VegaChart spec={spec} label={`Chart: ${table.title}`} onBar={(d) => navigate(link(d.part, `${table.title}: ${d.row}, ${d.series}`).slice(1))} />
        ) : (
          <p className="muted figure__chart">Nothing to chart for this period and team.</p>
        )}
        <table className="table figure__table">
          <caption className="visually-hidden">{table.title}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.length === 0 ? (
              <tr>
                <td colSpan={table.columns.length} className="muted">
                  None in this period.
                </td>
              </tr>
            ) : (
              table.rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {row.cells.map((cell, i) => (
                    <td key={table.columns[i + 1]} className="figure__number">
                      {cell.part && cell.text !== '0' && cell.text !== '–' ? (
                        <a href={link(cell.part, `${table.title}: ${row.label}, ${table.columns[i + 1]}`)} aria-label={`${cell.text}: ${row.label}, ${table.columns[i + 1]}. Show the children`}>
                          {cell.text}
                        </a>
                      ) : (
                        cell.text
                      )}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
