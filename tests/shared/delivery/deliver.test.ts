// Delivering the real sample project: no respondent's personal data is left
// anywhere in the file, quotes still point at their exact words, and the
// fingerprint tells an unaltered file from an altered one.

import { describe, expect, it } from 'vitest';
import { deliverProject } from '../../../src/shared/delivery/deliver';
import { verifyDelivered } from '../../../src/shared/delivery/fingerprint';
import { pseudonymiseProject } from '../../../src/shared/delivery/pseudonymise';
import type { Project } from '../../../src/shared/model/project';
import { ProjectSchema } from '../../../src/shared/model/project';
import { loadSample } from './sample';

const now = new Date('2026-07-01T10:00:00.000Z');
const options = { now, deliveredBy: 'Marleen Verhoef', language: 'nl' as const };

/** Everything that identifies a respondent in the original, to search for afterwards. */
function personalStrings(project: Project): string[] {
  const found: string[] = [];
  for (const interview of project.partners.interviews) {
    const { name, email, phone } = interview.respondent;
    found.push(name, email, phone, interview.notes, interview.consent.note);
    const first = name.split(' ')[0];
    if (first.length >= 3) found.push(first);
  }
  return found.filter((s) => s.trim() !== '');
}

/**
 * The sample keeps names inside the respondents' own records; these mentions
 * elsewhere (in other answers, a quoted answer, comments, rich text, a persona)
 * are what a real project also contains.
 */
function plantMentions(project: Project): Project {
  const p = structuredClone(project);
  const answer = p.partners.interviews[1].answers[0];
  const prefix = 'Ik sprak met ilse vermeulen over de groep; mevrouw Yilmaz zei hetzelfde. ';
  answer.text = prefix + answer.text;
  // Quotes on this answer keep pointing at the same words, the prefix moved them.
  for (const quote of p.partners.quotes) {
    if (quote.interviewId === p.partners.interviews[1].id && quote.questionId === answer.questionId && quote.start !== null && quote.end !== null) {
      quote.start += prefix.length;
      quote.end += prefix.length;
    }
  }
  p.partners.quotes.push({ id: 'q-planted', interviewId: p.partners.interviews[1].id, questionId: answer.questionId,
    text: 'met ilse vermeulen over', start: 9, end: 32, themeIds: [] });
  p.review.comments[0].body += ' Zie ook wat Samira zei.';
  p.review.comments[0].replies[0].body += ' Navragen bij samira.bouzid@example.nl of 06-00000102.';
  p.insights.segments[0].persona.quote = 'Zoals Kevin Jansen het zei: eerst vertrouwen.';
  p.context.background.content.push({ type: 'paragraph', content: [{ type: 'text', text: 'Analyse door Ana Lopes.' },
    { type: 'text', text: ' Mail haar', marks: [{ type: 'bold' }, { type: 'link', href: 'mailto:ana.lopes@example.nl' }] }] });
  return p;
}

const wordPattern = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');

describe('deliverProject on the sample', () => {
  it('leaves no respondent name, e-mail, phone number, interview note or consent note in the file', async () => {
    const original = plantMentions(loadSample());
    const secrets = personalStrings(original);
    expect(secrets.length).toBeGreaterThan(40);
    const before = JSON.stringify({ ...original, partners: { ...original.partners, interviews: [] } });
    expect(secrets.filter((s) => wordPattern(s).test(before)).length).toBeGreaterThan(3);

    const json = JSON.stringify(await deliverProject(original, options));
    const leaks = secrets.filter((s) => wordPattern(s).test(json));
    expect(leaks).toEqual([]);
    // Accentless spellings are caught as well.
    expect(json).not.toMatch(/Yilmaz/i);
  });

  it('replaces mentions by the pseudonym of the right respondent', async () => {
    const delivered = await deliverProject(plantMentions(loadSample()), options);
    const answer = delivered.partners.interviews[1].answers[0].text;
    expect(answer).toContain('met Respondent 1 over');
    expect(answer).toContain('Respondent 4 zei');
    expect(delivered.review.comments[0].body).toContain('Respondent 2');
    expect(delivered.insights.segments[0].persona.quote).toContain('Respondent 3');
    // "Analyse" contains "Ana" (respondent 6) but is not a mention of her.
    expect(JSON.stringify(delivered.context.background)).toContain('Analyse door Respondent 6');
    // The mailto link to her goes, the bold text stays.
    expect(delivered.context.background.content.at(-1)).toMatchObject({ content: [{}, { text: ' Mail haar', marks: [{ type: 'bold' }] }] });
  });

  it('numbers respondents in interview order and keeps consent as a yes/no only', async () => {
    const original = loadSample();
    const delivered = await deliverProject(original, options);
    delivered.partners.interviews.forEach((interview, i) => {
      expect(interview.respondent).toEqual({ name: `Respondent ${i + 1}`, email: '', phone: '' });
      expect(interview.consent).toEqual({ given: original.partners.interviews[i].consent.given, date: '', note: '' });
      expect(interview.notes).toBe('');
    });
    expect(delivered.deskResearch.sources.every((s) => s.note === '')).toBe(true);
    expect(delivered.assignment.status).toBe('delivered');
    expect(delivered.delivery).toMatchObject({ deliveredAt: now.toISOString(), deliveredBy: 'Marleen Verhoef', pseudonymised: true });
    expect(() => ProjectSchema.parse(JSON.parse(JSON.stringify(delivered)))).not.toThrow();
  });

  it('keeps every quote an exact substring of its answer at its offsets, also when a name inside it changed', async () => {
    const delivered = await deliverProject(plantMentions(loadSample()), options);
    expect(delivered.partners.quotes.find((q) => q.id === 'q-planted')?.text).toBe('met Respondent 1 over');
    let checked = 0;
    for (const quote of delivered.partners.quotes) {
      if (quote.start === null || quote.end === null) continue;
      const interview = delivered.partners.interviews.find((i) => i.id === quote.interviewId);
      const answer = interview?.answers.find((a) => a.questionId === quote.questionId);
      expect(answer?.text.slice(quote.start, quote.end)).toBe(quote.text);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('verifies as unaltered, also after its keys are reordered and a comment is added', async () => {
    const delivered = await deliverProject(loadSample(), options);
    expect(await verifyDelivered(delivered)).toEqual({ status: 'unaltered', deliveredAt: now.toISOString(), deliveredBy: 'Marleen Verhoef' });

    const reverseKeys = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reverseKeys);
      if (typeof value !== 'object' || value === null) return value;
      return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
    };
    const reordered = reverseKeys(JSON.parse(JSON.stringify(delivered))) as Project;
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(delivered)[0]);
    expect((await verifyDelivered(reordered)).status).toBe('unaltered');

    const commented = structuredClone(delivered);
    commented.review.comments.push({ ...commented.review.comments[0], id: 'recipient-1', body: 'Vraag van de gemeente' });
    commented.updatedAt = '2026-08-01T00:00:00.000Z';
    expect((await verifyDelivered(commented)).status).toBe('unaltered');
  });

  it('reports altered when one character of content changes, wherever it is', async () => {
    const delivered = await deliverProject(loadSample(), options);
    const edits: ((p: Project) => void)[] = [
      (p) => { p.assignment.title += '.'; },
      (p) => { p.partners.quotes[3].text = p.partners.quotes[3].text.replace(/a/, 'e'); },
      (p) => { p.partners.interviews[5].answers[0].text = ` ${p.partners.interviews[5].answers[0].text}`.slice(1, -1); },
      (p) => { p.marketingMix.activities[0].priority = p.marketingMix.activities[0].priority === 'high' ? 'low' : 'high'; },
      (p) => { p.monitoring.scales[0].levels[0].rank += 1; },
    ];
    for (const edit of edits) {
      const altered = structuredClone(delivered);
      edit(altered);
      expect(JSON.stringify(altered)).not.toBe(JSON.stringify(delivered));
      expect((await verifyDelivered(altered)).status).toBe('altered');
    }
  });

  it('delivers the English sample with English pseudonyms and exact quotes', async () => {
    const original = plantMentions(loadSample('en'));
    const delivered = await deliverProject(original, { ...options, language: 'en' });
    const json = JSON.stringify(delivered);
    expect(personalStrings(original).filter((s) => wordPattern(s).test(json))).toEqual([]);
    expect(delivered.partners.interviews.map((i) => i.respondent.name).slice(0, 2)).toEqual(['Respondent 1', 'Respondent 2']);
    for (const quote of delivered.partners.quotes) {
      const answer = delivered.partners.interviews.find((i) => i.id === quote.interviewId)?.answers.find((a) => a.questionId === quote.questionId);
      if (quote.start !== null && quote.end !== null) expect(answer?.text.slice(quote.start, quote.end)).toBe(quote.text);
    }
    expect((await verifyDelivered(delivered)).status).toBe('unaltered');
  });

  it('says not-delivered for a project without a delivery record', async () => {
    expect(await verifyDelivered(loadSample())).toEqual({ status: 'not-delivered', deliveredAt: '', deliveredBy: '' });
  });

  it('pseudonymises idempotently and leaves its input untouched', () => {
    const original = plantMentions(loadSample());
    const snapshot = JSON.stringify(original);
    const once = pseudonymiseProject(original, 'nl');
    expect(JSON.stringify(original)).toBe(snapshot);
    expect(pseudonymiseProject(once, 'nl')).toEqual(once);
  });

  it('delivers the sample quickly', async () => {
    const original = loadSample();
    const started = performance.now();
    await deliverProject(original, options);
    const elapsed = performance.now() - started;
    console.info(`deliverProject(sample): ${elapsed.toFixed(1)} ms`);
    expect(elapsed).toBeLessThan(1000);
  });
});
