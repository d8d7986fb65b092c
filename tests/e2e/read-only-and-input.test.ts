// Documents that must not be changed (delivered, from a newer Drijfveer) open
// read-only with a banner that says why; commands from the native menu reach
// the same dispatcher as the keyboard; a file dropped in the browser host gets
// an explanation; and a project with hundreds of items stays quick to read.

import { afterEach, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startApp, type StartedApp } from './harness';
import { fingerprintProject } from '../../src/shared/delivery/fingerprint';
import { ProjectSchema } from '../../src/shared/model/project';
import { expectSaveStatus, expectValue, readProjectFile, dumpOnFailure } from './ui-helpers';

let app: StartedApp | null = null;

afterEach(async (context) => {
  await dumpOnFailure(app, context);
  await app?.close();
  app = null;
});

async function sampleEnvelope(): Promise<{ format: string; version: number; savedWith: string; project: Record<string, unknown> }> {
  const path = join(process.cwd(), 'resources', 'samples', 'ouderbetrokkenheid-voorschool.nl.drijfveer');
  return JSON.parse(await readFile(path, 'utf8'));
}

async function openFile(started: StartedApp, path: string): Promise<void> {
  await started.queueDialog({ open: path });
  await started.page.getByRole('button', { name: 'Openen…' }).click();
}

describe('read-only documents', () => {
  it('a delivered project shows why it is read-only, cannot be edited or saved, but can be saved as a copy', async () => {
    app = await startApp();
    const { page } = app;
    const envelope = await sampleEnvelope();
    envelope.project.delivery = {
      deliveredAt: '2026-03-01T12:00:00.000Z',
      deliveredBy: 'Bureau',
      // The real fingerprint of the content, so the file reads as delivered and unaltered.
      fingerprint: { algorithm: 'sha-256', value: await fingerprintProject(ProjectSchema.parse(envelope.project)) },
      pseudonymised: true,
    };
    const path = join(app.workDir, 'opgeleverd.drijfveer');
    await writeFile(path, JSON.stringify(envelope));
    await openFile(app, path);

    await page.getByRole('note', { name: 'Opgeleverd project' }).getByText(/^Opgeleverd op 1 maart 2026 door Bureau — ongewijzigd\.$/).waitFor();
    const title = page.getByLabel('Titel', { exact: true });
    await title.waitFor();
    expect(await title.isEditable()).toBe(false);
    expect(await page.getByRole('button', { name: 'Opslaan', exact: true }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Opslaan als…' }).isDisabled()).toBe(false);
    await page.getByRole('contentinfo').getByText(/alleen-lezen/).waitFor();

    // Ctrl+S explains instead of silently doing nothing; the file stays as it was.
    await page.keyboard.press('Control+s');
    await page.getByRole('alert').getByText(/alleen-lezen geopend/).waitFor();

    const copy = join(app.workDir, 'kopie.drijfveer');
    await app.queueDialog({ save: copy });
    await page.getByRole('button', { name: 'Opslaan als…' }).click();
    await page.getByRole('contentinfo').getByText('kopie.drijfveer').waitFor();
    expect((await readProjectFile(copy)).project.assignment.title).toBe(
      (envelope.project.assignment as { title: string }).title,
    );
  });

  it('a project from a newer Drijfveer opens read-only and cannot be saved at all', async () => {
    app = await startApp();
    const { page } = app;
    const envelope = await sampleEnvelope();
    envelope.version = 999;
    const path = join(app.workDir, 'nieuwer.drijfveer');
    await writeFile(path, JSON.stringify(envelope));
    await openFile(app, path);

    await page.getByRole('note', { name: 'Alleen-lezen' }).getByText('Gemaakt met een nieuwere Drijfveer.').waitFor();
    expect(await page.getByRole('button', { name: 'Opslaan', exact: true }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Opslaan als…' }).isDisabled()).toBe(true);
    expect(await page.getByLabel('Titel', { exact: true }).isEditable()).toBe(false);
  });

  it('a file that is not a project gives a clear message and leaves the welcome screen usable', async () => {
    app = await startApp();
    const { page } = app;
    const path = join(app.workDir, 'kapot.drijfveer');
    await writeFile(path, '{"format": "drijfveer", "version": 2, "project": {');
    await openFile(app, path);
    await page.getByRole('alert').getByText(/afgekapt/).waitFor();
    await page.getByRole('heading', { name: 'Welkom bij Drijfveer' }).waitFor();
  });
});

describe('window input', () => {
  it('a menu command from main (as Electron sends it) saves through the same dispatcher', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Nieuw project' }).click();
    await page.getByLabel('Titel', { exact: true }).fill('Via het menu');
    const path = join(app.workDir, 'menu.drijfveer');
    await app.queueDialog({ save: path });
    app.host.emit({ type: 'menu', command: 'save' });
    await expectSaveStatus(page, 'Opgeslagen');
    expect((await readProjectFile(path)).project.assignment.title).toBe('Via het menu');
    await expect.poll(() => app!.host.documentState?.title).toBe('Via het menu');
    expect(app.host.documentState?.dirty).toBe(false);
  });

  it('an open-file event from the OS opens that file; the About menu item tells the version', async () => {
    app = await startApp();
    const { page } = app;
    const envelope = await sampleEnvelope();
    const path = join(app.workDir, 'dubbelklik.drijfveer');
    await writeFile(path, JSON.stringify(envelope));
    await page.getByRole('heading', { name: 'Welkom bij Drijfveer' }).waitFor();
    // Main may send the event before the page listens (e.g. a double-click that
    // started the app); re-send until the page has opened it, as main would on ready.
    const title = page.getByLabel('Titel', { exact: true });
    await expect
      .poll(async () => {
        if (await title.count()) return true;
        app!.host.emit({ type: 'open-file', path });
        return false;
      }, { timeout: 10_000, interval: 500 })
      .toBe(true);
    await expectValue(page, 'Titel', (envelope.project.assignment as { title: string }).title);
    await page.getByRole('contentinfo').getByText('dubbelklik.drijfveer').waitFor();

    app.host.emit({ type: 'menu', command: 'about' });
    await page.getByRole('alert').getByText(/bestandsformaat \d+/).waitFor();
  });

  it('dropping a project file in the browser explains that dropping needs the desktop app', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('heading', { name: 'Welkom bij Drijfveer' }).waitFor();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['{}'], 'plan.drijfveer', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.getByRole('alert').getByText(/alleen in de desktop-app/).waitFor();
  });

  // Ctrl+K opens the project search palette (tests/e2e/search-and-checks.test.ts);
  // the step filter stays in the sidebar.
  it('the step filter narrows the step list', async () => {
    app = await startApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Nieuw project' }).click();
    await page.getByLabel('Titel', { exact: true }).waitFor();
    // Opening a project moves focus to the step heading in the next frame; wait
    // for it so the shortcut is not raced by that focus move on a slow machine.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    const filter = page.getByRole('searchbox', { name: 'Stappen filteren' });
    await filter.focus();
    await expect.poll(() => filter.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('advies');
    const nav = page.getByRole('navigation', { name: 'Stappen' });
    await expect.poll(() => nav.getByRole('button').count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Advies/, level: 2 }).waitFor();
  });
});

describe('large projects', () => {
  it('lists all 200 interviews and finds any of 400 sources (speed is measured in npm run bench)', async () => {
    app = await startApp();
    const { page } = app;
    const envelope = await sampleEnvelope();
    const project = envelope.project as {
      partners: { interviews: Array<Record<string, unknown>>; quotes: Array<Record<string, unknown>> };
      deskResearch: { sources: Array<Record<string, unknown>> };
    };
    const interview = project.partners.interviews[0];
    const quote = project.partners.quotes[0];
    const source = project.deskResearch.sources[0];
    project.partners.interviews = Array.from({ length: 200 }, (_, i) => ({
      ...interview,
      id: `iv-${i}`,
      code: `R${String(i + 1).padStart(3, '0')}`,
    }));
    project.partners.quotes = Array.from({ length: 600 }, (_, i) => ({ ...quote, id: `q-${i}`, interviewId: `iv-${i % 200}` }));
    project.deskResearch.sources = Array.from({ length: 400 }, (_, i) => ({ ...source, id: `s-${i}`, title: `Bron nummer ${i}` }));
    const path = join(app.workDir, 'groot.drijfveer');
    await writeFile(path, JSON.stringify(envelope));
    await openFile(app, path);
    await expectValue(page, 'Titel', (envelope.project.assignment as { title: string }).title);

    // Partners opens on its overview, which lists every interview; the figure
    // is only reported, the speed target itself belongs to the benchmark.
    const ms = await page.evaluate(async () => {
      const nav = document.querySelector('nav');
      const button = [...(nav?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.includes('Betrekken partners'));
      if (!button) throw new Error('no step button');
      const started = performance.now();
      button.click();
      const shown = () => [...document.querySelectorAll('main td')].some((cell) => cell.textContent === 'R200');
      while (!shown()) await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - started;
    });
    console.info(`[large project] Betrekken partners: last interview painted after ${Math.round(ms)} ms`);
    const interviewRows = await page.evaluate(
      () => [...document.querySelectorAll('main td')].filter((cell) => /^R\d{3}$/.test(cell.textContent ?? '')).length,
    );
    expect(interviewRows).toBeGreaterThanOrEqual(200);

    // The source library shows its first rows and finds any of the 400 by search.
    await page.getByRole('navigation', { name: 'Stappen' }).getByRole('button', { name: /Deskresearch/ }).click();
    await page.getByRole('group', { name: 'Bronnen (400)' }).waitFor();
    await page.getByLabel('Bronnen zoeken').fill('Bron nummer 399');
    await page.getByText('1 bron gevonden.').waitFor();
  });
});
