import { Document, type FileChild, Packer } from 'docx';
import { BOTTOM_MARGIN, HEADER_FOOTER_DISTANCE, MARGIN, PAGE_HEIGHT, PAGE_WIDTH } from './page';
import { markingFooter, markingHeader } from './page-furniture';
import { houseStyles } from './styles';

export interface HouseDocumentOptions {
  /** The document's title property: what Word's title bar, file previews and screen readers announce. */
  title: string;
  subject: string;
  description: string;
  /** The person exporting: author and last modified by. Nothing else personal goes into the properties. */
  preparedBy: string;
  children: readonly FileChild[];
}

/**
 * Every Word document the app produces starts here, so a minute, an agenda and a
 * child's extract look like one council's papers and carry the same marking.
 */
export function createHouseDocument(options: HouseDocumentOptions): Document {
  return new Document({
    title: options.title,
    subject: options.subject,
    description: options.description,
    creator: options.preparedBy,
    lastModifiedBy: options.preparedBy,
    styles: houseStyles,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
            margin: { top: MARGIN, bottom: BOTTOM_MARGIN, left: MARGIN, right: MARGIN, header: HEADER_FOOTER_DISTANCE, footer: HEADER_FOOTER_DISTANCE },
          },
        },
        headers: { default: markingHeader() },
        footers: { default: markingFooter() },
        children: options.children,
      },
    ],
  });
}

export function packDocx(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc);
}
