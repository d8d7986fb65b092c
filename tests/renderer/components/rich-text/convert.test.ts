// The converters between the editor's JSON and our RichText. Besides plain
// round trips, the editor JSON is fed through the real editor schema
// (ProseMirror, built from the same extensions as the field), which proves the
// editor accepts what we hand it and that its own normalisation (merging text
// runs, ordering marks) gives back the same RichText.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getSchema, type JSONContent } from '@tiptap/core';
import type { Block, Inline, Mark, RichText } from '../../../../src/shared/model/rich-text';
import { RichTextSchema, emptyRichText } from '../../../../src/shared/model/rich-text';
import { normalizeRichText, sameRichText, toEditorJson, toRichText } from '../../../../src/renderer/components/rich-text/convert';
import { editorExtensions } from '../../../../src/renderer/components/rich-text/editor-extensions';

const schema = getSchema(editorExtensions({ format: () => () => '', openPicker: () => false, redraws: new Set() }));

/** What the editor would hold after loading `json`: parsed and checked by ProseMirror. */
function throughEditor(json: JSONContent): JSONContent {
  const node = schema.nodeFromJSON(json);
  node.check();
  return node.toJSON() as JSONContent;
}

const text = (value: string, marks?: Mark[]): Inline => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const para = (...content: Inline[]): Block => ({ type: 'paragraph', content });
const doc = (...content: Block[]): RichText => ({ type: 'doc', content });
const bullet = (...items: Block[][]): Block => ({ type: 'bulletList', items: items.map((content) => ({ content })) });
const ordered = (...items: Block[][]): Block => ({ type: 'orderedList', items: items.map((content) => ({ content })) });

function roundTrip(value: RichText): RichText {
  return toRichText(throughEditor(toEditorJson(value)));
}

describe('RichText → editor → RichText', () => {
  it('turns an empty document into one empty paragraph and back into an empty document', () => {
    expect(toEditorJson(emptyRichText())).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(roundTrip(emptyRichText())).toEqual(emptyRichText());
  });

  it('drops empty paragraphs at the end (the editor adds one after a final list)', () => {
    const value = doc(bullet([para(text('punt'))]), para(), para());
    expect(normalizeRichText(value)).toEqual(doc(bullet([para(text('punt'))])));
    expect(roundTrip(value)).toEqual(doc(bullet([para(text('punt'))])));
  });

  it('keeps plain paragraphs, including empty ones between text', () => {
    const value = doc(para(text('Eerste alinea.')), para(), para(text('Derde.')));
    expect(roundTrip(value)).toEqual(value);
  });

  it.each<[string, Mark[]]>([
    ['bold', [{ type: 'bold' }]],
    ['italic', [{ type: 'italic' }]],
    ['link', [{ type: 'link', href: 'https://www.rijksoverheid.nl/wmo' }]],
    ['mailto link', [{ type: 'link', href: 'mailto:info@example.nl' }]],
    ['bold + italic + link', [{ type: 'bold' }, { type: 'italic' }, { type: 'link', href: 'http://example.org/a?b=c#d' }]],
  ])('keeps the %s mark', (_name, marks) => {
    const value = doc(para(text('voor '), text('gemarkeerd', marks), text(' na')));
    expect(roundTrip(value)).toEqual(value);
  });

  it('puts marks in a fixed order and merges neighbouring runs with the same marks', () => {
    const value = doc(para(text('a', [{ type: 'italic' }, { type: 'bold' }]), text('b', [{ type: 'bold' }, { type: 'italic' }])));
    expect(roundTrip(value)).toEqual(doc(para(text('ab', [{ type: 'bold' }, { type: 'italic' }]))));
  });

  it('keeps citations with several sources and locators', () => {
    const value = doc(
      para(
        text('Ouders voelen zich welkom '),
        { type: 'citation', id: 'c1', items: [{ sourceId: 's1', locator: 'p. 12' }, { sourceId: 's2' }] },
        text('.'),
      ),
    );
    expect(roundTrip(value)).toEqual(value);
    expect(toEditorJson(value).content?.[0].content?.[1]).toEqual({
      type: 'citation',
      attrs: { id: 'c1', items: [{ sourceId: 's1', locator: 'p. 12' }, { sourceId: 's2' }] },
    });
  });

  it('keeps bullet and numbered lists nested three deep', () => {
    const value = doc(
      bullet(
        [para(text('één')), ordered([para(text('a')), bullet([para(text('diep'))])], [para(text('b'))])],
        [para(text('twee'))],
      ),
      para(text('na de lijst')),
    );
    expect(roundTrip(value)).toEqual(value);
  });

  it('gives a list item that starts with a list an empty first paragraph (the editor requires one)', () => {
    const value = doc(bullet([bullet([para(text('binnen'))])]));
    const expected = doc(bullet([para(), bullet([para(text('binnen'))])]));
    expect(roundTrip(value)).toEqual(expected);
    expect(normalizeRichText(value)).toEqual(expected);
  });

  it('drops lists without items and list items without content get an empty paragraph', () => {
    const value = doc({ type: 'bulletList', items: [] }, ordered([]), para(text('x')));
    expect(roundTrip(value)).toEqual(doc(ordered([para()]), para(text('x'))));
  });

  it.each([
    ['emoji and combining marks', 'Ouders 👩‍👧‍👦 en café’s — e\u0301'],
    ['right-to-left text', 'مرحبا بالعالم שלום'],
    ['markup that must stay text', '<script>alert(1)</script> & <b>niet vet</b>'],
    ['a 10,000-character word', 'x'.repeat(10_000)],
    ['control characters', 'a\u0000b\u0007c\u001bd\u007fe\u200bf'],
    ['tabs and newlines', 'regel\teen\nregel twee'],
  ])('keeps %s exactly', (_name, value) => {
    const input = doc(para(text(value, [{ type: 'bold' }])));
    expect(roundTrip(input)).toEqual(input);
  });

  it('drops unsafe links but keeps their text', () => {
    const value = doc(para(text('klik', [{ type: 'link', href: 'javascript:alert(1)' }]), text(' hier', [{ type: 'link', href: ' data:text/html,x' }])));
    expect(toEditorJson(value).content?.[0].content).toEqual([{ type: 'text', text: 'klik hier' }]);
    expect(roundTrip(value)).toEqual(doc(para(text('klik hier'))));
  });

  it('produces documents that our own schema accepts', () => {
    const value = roundTrip(doc(bullet([para(text('a', [{ type: 'link', href: 'https://a.nl' }]))]), para()));
    expect(RichTextSchema.parse(value)).toEqual(value);
  });
});

describe('editor JSON → RichText', () => {
  it('reads what the editor stores for links (target, rel) as just the href', () => {
    const json: JSONContent = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'site', marks: [{ type: 'link', attrs: { href: 'https://a.nl', target: '_blank', rel: 'noopener' } }] }] }],
    };
    expect(toRichText(json)).toEqual(doc(para(text('site', [{ type: 'link', href: 'https://a.nl' }]))));
  });

  it('rejects javascript: links that arrive from the editor (e.g. pasted HTML)', () => {
    const json: JSONContent = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'JaVaScRiPt:alert(1)' } }] }] }],
    };
    expect(toRichText(json)).toEqual(doc(para(text('x'))));
  });

  it('degrades unknown blocks and inlines to text instead of losing it', () => {
    const json: JSONContent = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Kop' }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Citaat' }] }] },
        { type: 'codeBlock', content: [{ type: 'text', text: 'code()' }] },
        { type: 'horizontalRule' },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a' },
            { type: 'hardBreak' },
            { type: 'mention', attrs: { label: '@Ans' } },
            { type: 'text', text: 'doorgehaald', marks: [{ type: 'strike' }, { type: 'bold' }] },
          ],
        },
      ],
    };
    expect(toRichText(json)).toEqual(
      doc(para(text('Kop')), para(text('Citaat')), para(text('code()')), para(text('a @Ans'), text('doorgehaald', [{ type: 'bold' }]))),
    );
  });

  it('survives input that is not a document at all', () => {
    for (const junk of [null, undefined, 42, 'doc', [], { type: 'doc', content: 'nope' }, { type: 'doc', content: [null, 1, 'x'] }]) {
      expect(toRichText(junk)).toEqual(emptyRichText());
    }
  });

  it('gives repeated or missing citation ids distinct, stable ids', () => {
    const cite = (id?: string): JSONContent => ({ type: 'citation', attrs: { id, items: [{ sourceId: 's1' }] } });
    const json: JSONContent = { type: 'doc', content: [{ type: 'paragraph', content: [cite('c1'), cite('c1'), cite(), cite()] }] };
    const ids = (toRichText(json).content[0] as { content: Inline[] }).content.map((inline) => (inline.type === 'citation' ? inline.id : ''));
    expect(ids).toEqual(['c1', 'c1-2', 'citation', 'citation-2']);
    expect(toRichText(json)).toEqual(toRichText(json));
  });

  it('drops citation items without a source id', () => {
    const json: JSONContent = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'citation', attrs: { id: 'c', items: [{ sourceId: '' }, { locator: 'p. 1' }, { sourceId: 's', locator: '' }, 'x'] } }] }],
    };
    expect(toRichText(json)).toEqual(doc(para({ type: 'citation', id: 'c', items: [{ sourceId: 's' }] })));
  });
});

describe('sameRichText', () => {
  it('treats split runs and a lone empty paragraph as the same content', () => {
    expect(sameRichText(doc(para(text('ab'))), doc(para(text('a'), text(''), text('b'))))).toBe(true);
    expect(sameRichText(doc(para()), emptyRichText())).toBe(true);
  });

  it('sees a change of one character or one mark', () => {
    expect(sameRichText(doc(para(text('ab'))), doc(para(text('ac'))))).toBe(false);
    expect(sameRichText(doc(para(text('ab'))), doc(para(text('ab', [{ type: 'italic' }]))))).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// Property: any RichText survives the editor in its normal form.

const markArb: fc.Arbitrary<Mark> = fc.oneof(
  fc.constant<Mark>({ type: 'bold' }),
  fc.constant<Mark>({ type: 'italic' }),
  fc.constantFrom<Mark>({ type: 'link', href: 'https://a.nl/x' }, { type: 'link', href: 'mailto:a@b.nl' }),
);
const inlineArb: fc.Arbitrary<Inline> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('text' as const), text: fc.string({ unit: 'binary', maxLength: 12 }), marks: fc.array(markArb, { maxLength: 3 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('citation' as const),
      id: fc.uuid(),
      items: fc.array(fc.record({ sourceId: fc.constantFrom('s1', 's2'), locator: fc.constantFrom('p. 1', 'pp. 2-3') }), { maxLength: 2 }),
    }),
  },
);
const { block: blockArb } = fc.letrec<{ block: Block }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ type: fc.constant('paragraph' as const), content: fc.array(inlineArb, { maxLength: 4 }) }),
    fc.record({
      type: fc.constantFrom('bulletList' as const, 'orderedList' as const),
      items: fc.array(fc.record({ content: fc.array(tie('block'), { maxLength: 3 }) }), { maxLength: 3 }),
    }),
  ),
}));
const docArb: fc.Arbitrary<RichText> = fc.record({ type: fc.constant('doc' as const), content: fc.array(blockArb, { maxLength: 4 }) });

describe('round-trip property', () => {
  it('any RichText comes back from the editor as its normal form, and the normal form is stable', () => {
    fc.assert(
      fc.property(docArb, (value) => {
        const normal = normalizeRichText(value);
        // Citation ids from fc.uuid may repeat inside one document; compare modulo that renaming.
        const back = roundTrip(value);
        expect(normalizeRichText(normal)).toEqual(normal);
        expect(roundTrip(back)).toEqual(back);
        expect(JSON.stringify(stripIds(back))).toBe(JSON.stringify(stripIds(normal)));
      }),
      { numRuns: 300 },
    );
  });
});

function stripIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripIds);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id').map(([k, v]) => [k, stripIds(v)]));
  }
  return value;
}
