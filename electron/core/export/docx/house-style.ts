import { Document, type FileChild, Packer } from 'docx';
import { BOTTOM_MARGIN, HEADER_FOOTER_DISTANCE, MARGIN, PAGE_HEIGHT, PAGE_WIDTH } from './page';
import { markingFooter, markingHeader } from './page-furniture';
import { houseStyles } from './styles';
import { xmlSafe } from './text';

export interface HouseDocumentOptions {
  /** The document's title property: what Word's title bar, file previews and screen readers announce. */
  title: string;
  subject: string;
  description: string;
  /** The person exporting: author and last modified by. Nothing else personal goes into the properties. */
  preparedBy: string;
  /** A second line under the marking in every page's header ('DRAFT – NOT FOR FILING'). */
  headerNote?: string;
  children: readonly FileChild[];
}

/**
 * Every Word document the app produces starts here, so a minute, an agenda and a
 * child's extract look like one council's papers and carry the same marking.
 */
export function createHouseDocument(options: HouseDocumentOptions): Document {
  return new Document({
    // Properties are written as they are: a stray character from a pasted name would make Word refuse the file.
    title: xmlSafe(options.title),
    subject: xmlSafe(options.subject),
    description: xmlSafe(options.description),
    creator: xmlSafe(options.preparedBy),
    lastModifiedBy: xmlSafe(options.preparedBy),
    styles: houseStyles,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
            margin: { top: MARGIN, bottom: BOTTOM_MARGIN, left: MARGIN, right: MARGIN, header: HEADER_FOOTER_DISTANCE, footer: HEADER_FOOTER_DISTANCE },
          },
        },
        headers: { default: markingHeader(options.headerNote) },
        footers: { default: markingFooter() },
        children: options.children,
      },
    ],
  });
}

export function packDocx(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc);
}
