import { describe, expect, it } from 'vitest';
import { createEmptyProject, type Project } from '../../../../src/shared/model/project';
import { richTextFromPlain } from '../../../../src/shared/model/rich-text';
import {
  addPhase,
  movePhase,
  removePhase,
  setMonitoringIntro,
  updatePhase,
  updatePilot,
} from '../../../../src/renderer/steps/monitoring/recipes';
import { buildTimeline, dayNumber, endsBeforeStart } from '../../../../src/renderer/steps/monitoring/timeline';
import { PilotPhaseSchema } from '../../../../src/shared/model/monitoring';

const base = (): Project => createEmptyProject('nl', new Date('2026-01-05T10:00:00Z'));
const phase = (id: string, start: string, end: string) => PilotPhaseSchema.parse({ id, title: id, start, end });

describe('monitoring intro and pilot recipes', () => {
  it('sets the intro and the pilot fields, and returns the same project for no change', () => {
    const intro = richTextFromPlain('We volgen drie soorten indicatoren.');
    let p = setMonitoringIntro(base(), intro);
    expect(p.monitoring.intro).toBe(intro);
    p = updatePilot(p, { name: 'Proeftuin Noord', location: 'Rotterdam-Noord' });
    expect(p.monitoring.pilot).toMatchObject({ name: 'Proeftuin Noord', location: 'Rotterdam-Noord' });
    expect(updatePilot(p, { name: 'Proeftuin Noord' })).toBe(p);
    expect(setMonitoringIntro(p, intro)).toBe(p);
    // An equal document in a new object (the editor re-reporting its content) is no edit either.
    expect(setMonitoringIntro(p, richTextFromPlain('We volgen drie soorten indicatoren.'))).toBe(p);
    const described = updatePilot(p, { description: richTextFromPlain('Een jaar lang, twee wijken.') });
    expect(described.monitoring.pilot.description).toEqual(richTextFromPlain('Een jaar lang, twee wijken.'));
    expect(updatePilot(described, { description: richTextFromPlain('Een jaar lang, twee wijken.') })).toBe(described);
  });

  it('adds, edits, moves and removes phases', () => {
    let p = addPhase(base(), 'a');
    p = addPhase(p, 'b');
    p = updatePhase(p, 'b', { title: 'Voorbereiding', start: '2026-03-01', end: '2026-04-30' });
    expect(p.monitoring.pilot.phases[1]).toEqual({ id: 'b', title: 'Voorbereiding', start: '2026-03-01', end: '2026-04-30', description: '' });
    expect(updatePhase(p, 'b', { title: 'Voorbereiding' })).toBe(p);
    p = movePhase(p, 'b', 'up');
    expect(p.monitoring.pilot.phases.map((x) => x.id)).toEqual(['b', 'a']);
    p = removePhase(p, 'a');
    expect(p.monitoring.pilot.phases.map((x) => x.id)).toEqual(['b']);
    expect(removePhase(p, 'a')).toBe(p);
  });
});

describe('pilot timeline', () => {
  it('reads only real calendar dates', () => {
    expect(dayNumber('2026-02-28')).not.toBeNull();
    expect(dayNumber('2026-02-30')).toBeNull();
    expect(dayNumber('')).toBeNull();
    expect(dayNumber('1-2-2026')).toBeNull();
  });

  it('flags a phase that ends before it starts, and only then', () => {
    expect(endsBeforeStart({ start: '2026-05-01', end: '2026-04-01' })).toBe(true);
    expect(endsBeforeStart({ start: '2026-05-01', end: '2026-05-01' })).toBe(false);
    expect(endsBeforeStart({ start: '2026-05-01', end: '' })).toBe(false);
  });

  it('places bars on one axis from the earliest start to the latest end, in percent', () => {
    // 1 Jan – 30 Apr 2026 is 120 days; January is 31 of them.
    const timeline = buildTimeline([
      phase('jan', '2026-01-01', '2026-01-31'),
      phase('feb-apr', '2026-02-01', '2026-04-30'),
      phase('undated', '2026-02-01', ''),
      phase('backwards', '2026-03-01', '2026-02-01'),
    ]);
    expect(timeline.from).toBe('2026-01-01');
    expect(timeline.to).toBe('2026-04-30');
    const [jan, rest, undated, backwards] = timeline.bars;
    expect(jan).toMatchObject({ left: 0, width: Math.round((31 / 120) * 10_000) / 100, invalid: false });
    expect(rest.left).toBe(Math.round((31 / 120) * 10_000) / 100);
    expect((rest.left ?? 0) + (rest.width ?? 0)).toBeCloseTo(100, 1);
    expect(undated).toMatchObject({ left: null, width: null, invalid: false });
    expect(backwards).toMatchObject({ left: null, width: null, invalid: true });
  });

  it('has no axis when no phase can be drawn', () => {
    const timeline = buildTimeline([phase('x', '2026-03-01', '2026-02-01')]);
    expect(timeline).toMatchObject({ from: null, to: null });
    expect(timeline.bars[0].invalid).toBe(true);
  });
});
