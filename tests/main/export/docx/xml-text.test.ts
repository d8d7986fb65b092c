// The body writer's escaping: any string becomes text an XML 1.0 parser
// accepts, with the five specials as entities (as the docx library writes
// them), forbidden characters removed and lone surrogates replaced.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attrs, onOff, xmlEscape } from '../../../../src/main/export/docx/xml/xml-text';

/** Characters XML 1.0 allows (Char production), checked code point by code point. */
function onlyXmlChars(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const ok = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!ok) return false;
  }
  return true;
}

describe('xmlEscape', () => {
  it('escapes the five XML specials and keeps everything else as it is', () => {
    expect(xmlEscape(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
    expect(xmlEscape('Drijfveren en barrières 👩‍👧 ]]>')).toBe('Drijfveren en barrières 👩‍👧 ]]&gt;');
    expect(xmlEscape('gewoon')).toBe('gewoon');
  });

  it('removes control characters XML 1.0 forbids and replaces lone surrogates', () => {
    expect(xmlEscape('a\u0000b\u0001c\u000bd\u001fe\ufffef\uffff')).toBe('abcdef');
    expect(xmlEscape('x\ud800y\udc00z')).toBe('x\ufffdy\ufffdz');
    expect(xmlEscape('tab\tnewline\n')).toBe('tab\tnewline\n');
  });

  it('turns any string into XML text with no raw specials and only allowed characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = xmlEscape(text);
        expect(onlyXmlChars(out)).toBe(true);
        expect(out.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toMatch(/[&<>"']/);
        // Unescaping gives back the input minus what XML cannot hold.
        const back = out.replace(/&(amp|lt|gt|quot|apos);/g, (_all, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '');
        expect(back.length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('attrs and onOff', () => {
  it('writes attributes in order, escaped, skipping undefined ones', () => {
    expect(attrs([['w:history', 1], ['w:anchor', undefined], ['r:id', 'a"b']])).toBe(' w:history="1" r:id="a&quot;b"');
  });

  it('writes on/off properties as Word does', () => {
    expect(onOff('w:b', true)).toBe('<w:b/>');
    expect(onOff('w:b', false)).toBe('<w:b w:val="false"/>');
    expect(onOff('w:b', undefined)).toBe('');
  });
});
