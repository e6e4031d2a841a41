import type { FigureTable } from './tables';
import type { FigureTableId } from './definitions';

/*
 * Each table of the figures drawn as a Vega-Lite chart. The same specification is drawn
 * by the Figures page (SVG in the window, each bar a link to its children) and by the
 * core for the Word report (SVG rendered to PNG without a browser), so the picture in the
 * report is the picture on the screen.
 */

/** A Vega-Lite specification, as plain data (shared code stays free of the drawing library). */
export type ChartSpec = Record<string, unknown>;

/** One bar: the row and column of its table, its count and the part of the figures it counts. */
export interface ChartDatum {
  row: string;
  series: string;
  n: number;
  part: string;
  /** Sort key: the row's place in its table, so bars keep the table's order. */
  order: number;
}

const FONT = 'Arial, Helvetica, Liberation Sans, sans-serif';
const BLUE = '#1d4f91';
const GREY = '#505a5f';
const RED = '#b5121b';
const AMBER = '#b45309';
const GREEN = '#00703c';

interface Layout {
  /** Which columns of the table are drawn, and in what colour. */
  series: { column: number; colour: string }[];
  /** Bars side by side (grouped) or on top of each other (stacked). */
  stacked: boolean;
  /** Rows down the side (horizontal bars) or along the bottom (months). */
  horizontal: boolean;
  /** What the bars count, for the axis. */
  unit: string;
}

function layoutOf(table: FigureTable): Layout | null {
  const cols = (colours: string[], from = 0) => colours.map((colour, i) => ({ column: from + i, colour }));
  const layouts: Record<FigureTableId, Layout> = {
    plans: { series: cols([GREY, BLUE]), stacked: false, horizontal: true, unit: 'Children' },
    statuses: { series: cols([GREY, BLUE]), stacked: false, horizontal: true, unit: 'Children' },
    proceedings: { series: cols([BLUE]), stacked: false, horizontal: true, unit: 'Children' },
    timeliness: { series: cols([GREEN, AMBER, RED]), stacked: true, horizontal: true, unit: 'Reviews due or held' },
    rag: { series: cols([RED, AMBER, GREEN]), stacked: true, horizontal: false, unit: 'Children' },
    drift: { series: cols([RED]), stacked: false, horizontal: true, unit: 'Children' },
    actionsByTeam: { series: cols([BLUE, RED, GREEN]), stacked: false, horizontal: true, unit: 'Actions' },
    actionsByOwner: { series: cols([BLUE, RED, GREEN]), stacked: false, horizontal: true, unit: 'Actions' },
  };
  return table.rows.length === 0 ? null : layouts[table.id];
}

/** The bars of a table: one per drawn cell that counts children (the median and percentages are read from the table). */
export function chartData(table: FigureTable): ChartDatum[] {
  const layout = layoutOf(table);
  if (!layout) return [];
  // The owners with most open first, a dozen at most; concluded proceedings and the median are read from the table.
  const rows = table.id === 'actionsByOwner' ? table.rows.slice(0, 12) : table.id === 'proceedings' ? table.rows.filter((r) => r.cells[0]?.part?.startsWith('proceedings/open/')) : table.rows;
  return rows.flatMap((row, order) =>
    layout.series.flatMap(({ column }) => {
      const cell = row.cells[column];
      if (!cell?.part || !/^\d+$/.test(cell.text)) return [];
      return [{ row: row.label, series: table.columns[column + 1]!, n: Number(cell.text), part: cell.part, order }];
    }),
  );
}

/** A sentence for screen readers naming what the chart shows; the numbers are in the table beside it. */
export function chartDescription(table: FigureTable): string {
  return `Bar chart: ${table.title}. ${table.note} The numbers are in the table that follows.`;
}

/** The chart for one table, `width` pixels wide; null when the table has nothing to draw. */
export function chartSpec(table: FigureTable, width: number): ChartSpec | null {
  const layout = layoutOf(table);
  const values = chartData(table);
  if (!layout || values.length === 0) return null;
  const seriesNames = layout.series.map((s) => table.columns[s.column + 1]!);
  const rowCount = new Set(values.map((v) => v.row)).size;
  const band = layout.horizontal ? (layout.stacked ? 26 : 14 * seriesNames.length + 8) : 0;
  const height = layout.horizontal ? Math.max(60, rowCount * band) : 220;
  const rowField = { field: 'row', type: 'nominal', title: null, sort: { field: 'order', order: 'ascending' }, axis: { labelLimit: 320, labelFontSize: 12 } };
  const countField = { field: 'n', type: 'quantitative', title: layout.unit, stack: layout.stacked ? 'zero' : null, axis: { tickMinStep: 1, format: 'd' } };
  const colour = { field: 'series', type: 'nominal', title: null, scale: { domain: seriesNames, range: layout.series.map((s) => s.colour) }, legend: { orient: 'top', labelLimit: 320 } };
  const grouped = layout.stacked ? {} : layout.horizontal ? { yOffset: { field: 'series', sort: seriesNames } } : { xOffset: { field: 'series', sort: seriesNames } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: chartDescription(table),
    width,
    height,
    data: { values },
    mark: { type: 'bar', cursor: 'pointer', tooltip: false },
    encoding: {
      ...(layout.horizontal ? { y: rowField, x: countField } : { x: { ...rowField, axis: { labelAngle: -40, labelFontSize: 12 } }, y: countField }),
      color: colour,
      order: { field: 'order' },
      ...grouped,
      description: { field: 'label', type: 'nominal' },
    },
    transform: [{ calculate: "datum.row + ', ' + datum.series + ': ' + datum.n", as: 'label' }],
    config: { font: FONT, axis: { labelColor: '#0b0c0c', titleColor: '#0b0c0c', labelFontSize: 12, titleFontSize: 12 }, legend: { labelColor: '#0b0c0c', labelFontSize: 12 }, view: { stroke: null } },
  };
}
