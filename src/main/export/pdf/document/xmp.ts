// The XMP packet of the PDF: the same title, authors, subject, keywords, tool
// names and dates as the document information dictionary, in the form PDF/A
// readers and archives read (RDF/XML). Properties are written as elements, not
// as attribute shorthand, because some readers (pdf.js among them) only read
// elements. Every value is XML-escaped and stripped of characters XML 1.0 forbids.

export interface XmpFields {
  title: string;
  /** One entry: PDF/A compares the information dictionary's Author with the first dc:creator. Empty: left out. */
  creator: string;
  /** Empty: left out. */
  description: string;
  /** BCP 47 language tag, e.g. nl-NL. */
  language: string;
  /** Empty: left out. */
  keywords: string;
  producer: string;
  creatorTool: string;
  created: Date;
  modified: Date;
  /** PDF/A identification, e.g. part 2 conformance B; omitted when null. */
  pdfa: { part: number; conformance: string } | null;
}

// XML 1.0 allows tab, LF, CR and everything from U+0020 except the surrogates and U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text safe inside an XML element or attribute. */
export function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An XMP date: ISO 8601 in UTC to the second, the precision of a PDF date. */
export function xmpDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const alt = (value: string): string =>
  `<rdf:Alt><rdf:li xml:lang="x-default">${xmlEscape(value)}</rdf:li></rdf:Alt>`;

/** The complete packet (with its xpacket wrapper and padding for in-place editing), as UTF-8 text. */
export function xmpPacket(fields: XmpFields): string {
  const lines = [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(fields.title)}</dc:title>`,
    ...(fields.creator ? [`<dc:creator><rdf:Seq><rdf:li>${xmlEscape(fields.creator)}</rdf:li></rdf:Seq></dc:creator>`] : []),
    ...(fields.description ? [`<dc:description>${alt(fields.description)}</dc:description>`] : []),
    `<dc:language><rdf:Bag><rdf:li>${xmlEscape(fields.language)}</rdf:li></rdf:Bag></dc:language>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    ...(fields.keywords ? [`<pdf:Keywords>${xmlEscape(fields.keywords)}</pdf:Keywords>`] : []),
    `<pdf:Producer>${xmlEscape(fields.producer)}</pdf:Producer>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<xmp:CreatorTool>${xmlEscape(fields.creatorTool)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${xmpDate(fields.created)}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${xmpDate(fields.modified)}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${xmpDate(fields.modified)}</xmp:MetadataDate>`,
    '</rdf:Description>',
    ...(fields.pdfa
      ? [
          '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">',
          `<pdfaid:part>${fields.pdfa.part}</pdfaid:part>`,
          `<pdfaid:conformance>${xmlEscape(fields.pdfa.conformance)}</pdfaid:conformance>`,
          '</rdf:Description>',
        ]
      : []),
    '</rdf:RDF>',
    '</x:xmpmeta>',
  ];
  // Whitespace padding lets other tools grow the packet without rewriting the file.
  const padding = `${' '.repeat(99)}\n`.repeat(20);
  return `${lines.join('\n')}\n${padding}<?xpacket end="w"?>`;
}
