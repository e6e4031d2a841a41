import { type FileChild, HeadingLevel, ImageRun, LineRuleType, PageBreak, Paragraph } from 'docx';
import { formatUkDate } from '../../../../shared/domain/dates';
import { chartDescription, chartSpec } from '../../../../shared/figures/charts';
import type { FigureTable } from '../../../../shared/figures/tables';
import { createHouseDocument, packDocx } from '../../export/docx/house-style';
import { CONTENT_WIDTH } from '../../export/docx/page';
import { STYLE } from '../../export/docx/styles';
import { houseTable } from '../../export/docx/table';
import { bodyParagraph, detailLines, textRuns } from '../../export/docx/text';
import { chartPng } from './chart-png';

export interface FiguresDocModel {
  authorityName: string | null;
  from: string;
  to: string;
  teamName: string | null;
  producedOn: string;
  preparedBy: string;
  tables: FigureTable[];
  /** The children behind the drift and delay figures; null when the appendix is left out. */
  appendix: { heading: string; children: { name: string; caseRef: string; team: string }[] }[] | null;
}

/** The page's width in CSS pixels (96 to the inch; twips are 1,440 to the inch). */
const PAGE_PX = Math.floor((CONTENT_WIDTH / 1440) * 96);
/** Drawn this wide (the plot; labels and legend add to it), then scaled to the page. */
const CHART_WIDTH = 380;

/**
 * The report for the quarterly performance meeting: a cover with the period and the team,
 * then each figure as its chart (a picture, described for screen readers) with its table.
 * Counts only: children are named only in the appendix, and only when asked for, so the
 * report can go to a meeting pack without a child's name in it.
 */
export async function buildFiguresDocx(model: FiguresDocModel): Promise<Buffer> {
  const team = model.teamName ?? 'All teams';
  const period = `${formatUkDate(model.from)} to ${formatUkDate(model.to)}`;
  // Each chart is drawn while the others are rasterised; the sections stay in the tables' order.
  const sections = await Promise.all(model.tables.map((table) => figureSection(table)));
  const doc = createHouseDocument({
    title: `Permanence performance figures, ${team}, ${period}`,
    subject: 'Permanence performance figures',
    description: `Management figures for ${team} over ${period}, produced on ${formatUkDate(model.producedOn)}.${model.appendix ? ' Names children in its appendix.' : ' Counts only: no child is named.'}`,
    preparedBy: model.preparedBy,
    children: [
      ...(model.authorityName ? [new Paragraph({ style: STYLE.organisation, children: textRuns(model.authorityName) })] : []),
      new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns('Permanence performance figures') }),
      ...detailLines([
        { label: 'Period', value: period },
        { label: 'Team', value: team },
        { label: 'Produced', value: formatUkDate(model.producedOn) },
        { label: 'Children named', value: model.appendix ? 'Only in the appendix at the end' : 'None: counts only' },
      ]),
      bodyParagraph(
        'Every figure is counted from the Permanence Tracker and the children’s histories with the council’s review rules, the same rules that say what is due on the tracker. Each chart is followed by its table of numbers.',
      ),
      ...sections.flat(),
      ...(model.appendix ? appendix(model.appendix) : []),
    ],
  });
  return packDocx(doc);
}

async function figureSection(table: FigureTable): Promise<FileChild[]> {
  const spec = chartSpec(table, CHART_WIDTH);
  const picture = spec ? await chartPng(spec) : null;
  const scale = picture ? Math.min(1, PAGE_PX / picture.width) : 1;
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns(table.title) }),
    new Paragraph({ keepNext: true, children: textRuns(table.note) }),
    ...(picture
      ? [
          new Paragraph({
            keepNext: true,
            // Single spacing measured from the picture: a fixed line height would crop it to one line.
            spacing: { line: 240, lineRule: LineRuleType.AUTO },
            children: [
              new ImageRun({
                type: 'png',
                data: picture.png,
                transformation: { width: Math.round(picture.width * scale), height: Math.round(picture.height * scale) },
                altText: { name: table.title, title: table.title, description: chartDescription(table) },
              }),
            ],
          }),
        ]
      : []),
    table.rows.length === 0
      ? bodyParagraph('None in this period.')
      : houseTable(
          table.columns.map((heading, i) => ({ heading, weight: i === 0 ? 3 : 1 })),
          table.rows.map((r) => ({ cells: [r.label, ...r.cells.map((c) => c.text)] })),
        ),
  ];
}

function appendix(groups: NonNullable<FiguresDocModel['appendix']>): FileChild[] {
  return [
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns('Appendix: the children behind the drift and delay figures') }),
    bodyParagraph('For the managers of these children’s teams. Leave this appendix out of any copy that goes beyond them.'),
    ...groups.flatMap((g) => [
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: textRuns(`${g.heading} (${g.children.length})`) }),
      g.children.length === 0
        ? bodyParagraph('None.')
        : houseTable(
            [
              { heading: 'Child', weight: 3 },
              { heading: 'Case reference', weight: 2 },
              { heading: 'Team', weight: 2 },
            ],
            g.children.map((c) => ({ cells: [c.name, c.caseRef, c.team] })),
          ),
    ]),
  ];
}
