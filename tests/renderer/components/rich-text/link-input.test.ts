import { describe, expect, it } from 'vitest';
import { parseLinkInput } from '../../../../src/renderer/components/rich-text/link-input';

describe('parseLinkInput', () => {
  it('accepts full http, https and mailto addresses as typed', () => {
    expect(parseLinkInput('https://www.nji.nl/ouderbetrokkenheid')).toEqual({ ok: true, href: 'https://www.nji.nl/ouderbetrokkenheid' });
    expect(parseLinkInput('  http://example.org  ')).toEqual({ ok: true, href: 'http://example.org' });
    expect(parseLinkInput('mailto:info@gemeente.nl')).toEqual({ ok: true, href: 'mailto:info@gemeente.nl' });
  });

  it('adds https:// to a bare host name and mailto: to a bare e-mail address', () => {
    expect(parseLinkInput('www.rotterdam.nl/jeugd')).toEqual({ ok: true, href: 'https://www.rotterdam.nl/jeugd' });
    expect(parseLinkInput('a.jansen@bureau.nl')).toEqual({ ok: true, href: 'mailto:a.jansen@bureau.nl' });
  });

  it('refuses script, data and file links, however they are disguised', () => {
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'vbscript:x', '/relative/path', 'ftp://example.org']) {
      expect(parseLinkInput(bad)).toEqual({ ok: false, reason: 'unsafe' });
    }
  });

  it('reports an empty address separately', () => {
    expect(parseLinkInput('   ')).toEqual({ ok: false, reason: 'empty' });
  });
});
