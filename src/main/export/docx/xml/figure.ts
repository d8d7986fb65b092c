// A figure as WordprocessingML text: its rasterised drawing as an inline
// picture (DrawingML, the same markup the docx library writes) with the alt
// text of the model in docPr's descr, then "Figuur N. caption". The PNG
// becomes a media file of the package with an image relationship. Mirrors
// the library-object reference writer's figures.

import type { FigureBlock } from '../../../../shared/report/doc';
import { safeText } from '../text';
import { addRelationship, type BodyXmlContext } from './body-context';
import { paragraphXml } from './paragraph';
import { textRunsXml } from './runs';
import { attrs } from './xml-text';

/** Widest picture in pixels at 96 dpi: the 16 cm text width. */
const MAX_WIDTH_PX = 600;
/** English Metric Units per pixel at 96 dpi. */
const EMU_PER_PX = 9525;
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const PIC = 'http://schemas.openxmlformats.org/drawingml/2006/picture';

export interface InlinePicture {
  relationshipId: string;
  widthPx: number;
  heightPx: number;
  docPrId: number;
  name: string;
  description: string;
  title: string;
}

/** The w:drawing of an inline picture (DrawingML), sized in pixels at 96 dpi. */
export function inlinePictureXml(picture: InlinePicture): string {
  const cx = Math.round(picture.widthPx * EMU_PER_PX);
  const cy = Math.round(picture.heightPx * EMU_PER_PX);
  return (
    '<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">' +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent t="0" r="0" b="0" l="0"/>` +
    `<wp:docPr${attrs([['id', picture.docPrId], ['name', picture.name], ['descr', picture.description], ['title', picture.title]])}/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${A}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${A}"><a:graphicData uri="${PIC}"><pic:pic xmlns:pic="${PIC}">` +
    '<pic:nvPicPr><pic:cNvPr id="0" name="" descr=""/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>' +
    `<pic:blipFill><a:blip r:embed="${picture.relationshipId}" cstate="none"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>'
  );
}

export function figureXml(block: FigureBlock, ctx: BodyXmlContext): string {
  const caption = paragraphXml(
    { style: 'Caption' },
    textRunsXml(`${ctx.doc.labels.figure} ${block.number}. `, { bold: true, lang: ctx.lang }) + textRunsXml(block.caption, { lang: ctx.lang }),
  );
  const image = ctx.figures.get(block.id);
  // A picture without a size could only be written with NaN extents, which Word refuses: the caption alone stays.
  if (!image || !(image.naturalWidth > 0 && image.naturalHeight > 0)) return caption;
  const width = Math.min(MAX_WIDTH_PX, image.naturalWidth);
  const height = Math.round((image.naturalHeight * width) / image.naturalWidth);
  const path = `media/fig${ctx.media.length + 1}.png`;
  ctx.media.push({ path: `word/${path}`, data: image.png });
  const drawing = inlinePictureXml({
    relationshipId: addRelationship(ctx, 'image', path),
    widthPx: width,
    heightPx: height,
    docPrId: ctx.drawingId(),
    name: `${ctx.doc.labels.figure} ${block.number}`,
    description: safeText(block.alt),
    title: safeText(block.caption),
  });
  const picture = paragraphXml({ keepNext: true, spacing: { before: 200, after: 0 }, alignment: 'center' }, `<w:r>${drawing}</w:r>`);
  return picture + caption;
}
