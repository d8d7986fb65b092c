import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  citedSourceIds, emptyRichText, isRichTextEmpty, richTextFromPlain, richTextToPlain, RichTextSchema, sanitizeHref,
  type RichText,
} from '../../../src/shared/model/rich-text';

describe('sanitizeHref', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '&#106;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'java\u200bscript:alert(1)',
    '/relative/path',
    'relative.html',
    '//evil.example/x',
    '#anchor',
    'https://',
    'http:/example.org',
    'mailto:',
    'https://exa\u0000mple.org',
    '',
    '   ',
  ])('rejects %j', (href) => {
    expect(sanitizeHref(href)).toBeNull();
  });

  it.each([
    ['https://example.org/a?b=c#d', 'https://example.org/a?b=c#d'],
    ['http://example.org', 'http://example.org'],
    ['HTTPS://Example.org', 'HTTPS://Example.org'],
    ['mailto:info@example.org', 'mailto:info@example.org'],
    ['  https://example.org  ', 'https://example.org'],
    ['https://exa\tmple.org', 'https://example.org'],
  ])('keeps %j', (href, expected) => {
    expect(sanitizeHref(href)).toBe(expected);
  });
});

describe('rich text helpers', () => {
  it('makes one paragraph per line and reads it back', () => {
    const doc = richTextFromPlain('eerste regel\n\nderde regel');
    expect(doc.content).toHaveLength(3);
    expect(doc.content[1]).toEqual({ type: 'paragraph', content: [] });
    expect(richTextToPlain(doc)).toBe('eerste regel\n\nderde regel');
    expect(richTextFromPlain('   ')).toEqual(emptyRichText());
    expect(richTextFromPlain('a\r\nb').content).toHaveLength(2);
  });

  it('writes lists as plain text with markers, nested lists indented', () => {
    const doc: RichText = {
      type: 'doc',
      content: [{ type: 'orderedList', items: [
        { content: [{ type: 'paragraph', content: [{ type: 'text', text: 'een' }] }] },
        { content: [{ type: 'paragraph', content: [{ type: 'text', text: 'twee' }] },
          { type: 'bulletList', items: [{ content: [{ type: 'paragraph', content: [{ type: 'text', text: 'sub' }] }] }] }] },
      ] }],
    };
    expect(richTextToPlain(doc)).toBe('1. een\n2. twee\n   - sub');
  });

  it('knows when a document is empty', () => {
    expect(isRichTextEmpty(emptyRichText())).toBe(true);
    expect(isRichTextEmpty(richTextFromPlain('  \n '))).toBe(true);
    expect(isRichTextEmpty(richTextFromPlain('x'))).toBe(false);
    const onlyCitation: RichText = { type: 'doc', content: [{ type: 'paragraph', content: [
      { type: 'citation', id: 'c', items: [{ sourceId: 's' }] }] }] };
    expect(isRichTextEmpty(onlyCitation)).toBe(false);
  });

  it('collects cited sources once, in order, including inside nested lists', () => {
    const doc: RichText = { type: 'doc', content: [
      { type: 'paragraph', content: [{ type: 'citation', id: 'c1', items: [{ sourceId: 'b' }, { sourceId: 'a', locator: 'p. 2' }] }] },
      { type: 'bulletList', items: [{ content: [{ type: 'bulletList', items: [{ content: [
        { type: 'paragraph', content: [{ type: 'citation', id: 'c2', items: [{ sourceId: 'c' }, { sourceId: 'b' }] }] }] }] }] }] },
    ] };
    expect(citedSourceIds(doc)).toEqual(['b', 'a', 'c']);
  });
});

describe('RichTextSchema', () => {
  it('drops links with unsafe targets on parse but keeps their text', () => {
    const parsed = RichTextSchema.parse({ type: 'doc', content: [{ type: 'paragraph', content: [
      { type: 'text', text: 'klik', marks: [{ type: 'link', href: 'javascript:alert(1)' }, { type: 'italic' }] },
      { type: 'text', text: 'veilig', marks: [{ type: 'link', href: ' https://example.org ' }] },
    ] }] });
    expect(parsed.content[0]).toEqual({ type: 'paragraph', content: [
      { type: 'text', text: 'klik', marks: [{ type: 'italic' }] },
      { type: 'text', text: 'veilig', marks: [{ type: 'link', href: 'https://example.org' }] },
    ] });
  });

  it('rejects unknown block and mark types', () => {
    expect(RichTextSchema.safeParse({ type: 'doc', content: [{ type: 'table' }] }).success).toBe(false);
    expect(RichTextSchema.safeParse({ type: 'doc', content: [{ type: 'paragraph', content: [
      { type: 'text', text: 'x', marks: [{ type: 'blink' }] }] }] }).success).toBe(false);
  });
});

describe('sanitizeHref on arbitrary input', () => {
  it('returns null or an http(s)/mailto link without control characters', () => {
    const schemes = fc.constantFrom('', 'javascript:', 'JAVA\tSCRIPT:', 'data:', 'https://', 'mailto:', ' http://', 'vbscript:');
    fc.assert(
      fc.property(schemes, fc.string(), (scheme, rest) => {
        const result = sanitizeHref(scheme + rest);
        if (result === null) return true;
        // eslint-disable-next-line no-control-regex
        return /^(https?:\/\/|mailto:)/i.test(result) && !/[\u0000-\u001f\u007f]/.test(result);
      }),
      { numRuns: 2000 },
    );
  });
});
