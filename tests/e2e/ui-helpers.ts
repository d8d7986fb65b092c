// Small helpers for the flow tests: waiting for accessible text and values in
// the real renderer (playwright-core has no expect of its own), and reading
// project files back from disk.

import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Project } from '../../src/shared/model/project';

/** The save status in the status bar ("Opgeslagen", "Niet opgeslagen", …). */
export function saveStatus(page: Page) {
  return page.getByRole('contentinfo').getByRole('status');
}

export async function expectSaveStatus(page: Page, text: string): Promise<void> {
  await expect.poll(async () => (await saveStatus(page).textContent())?.trim(), { timeout: 10_000 }).toBe(text);
}

export async function expectValue(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.waitFor();
  await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toBe(value);
}

/** The envelope and project of a saved .drijfveer file, parsed independently of the app. */
export async function readProjectFile(path: string): Promise<{ format: string; version: number; project: Project }> {
  return JSON.parse(await readFile(path, 'utf8')) as { format: string; version: number; project: Project };
}

/** Waits until main holds at least one recovery copy in the data folder. */
export async function waitForRecoveryFile(dataDir: string, timeoutMs = 10_000): Promise<string[]> {
  const dir = join(dataDir, 'recovery');
  const started = Date.now();
  for (;;) {
    const names = await readdir(dir).catch(() => [] as string[]);
    const copies = names.filter((name) => name.endsWith('.json'));
    if (copies.length > 0) return copies;
    if (Date.now() - started > timeoutMs) throw new Error(`no recovery copy appeared in ${dir}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** After a failed test, prints what the page said (console errors, CSP reports, visible text) to help diagnose. */
export async function dumpOnFailure(
  app: { page: Page; consoleErrors: string[]; cspViolations: string[] } | null,
  context: { task: { name: string; result?: { state?: string } } },
): Promise<void> {
  if (!app || context.task.result?.state !== 'fail') return;
  const text = await app.page
    .evaluate(() => document.body.innerText.slice(0, 2000))
    .catch((error: unknown) => `(page unavailable: ${String(error)})`);
  console.error(
    `[${context.task.name}] console errors: ${JSON.stringify(app.consoleErrors)}\nCSP: ${JSON.stringify(app.cspViolations)}\npage text:\n${text}`,
  );
}

/** The Dutch sample project that ships with the app. */
export const SAMPLE_PATH = join(process.cwd(), 'resources', 'samples', 'ouderbetrokkenheid-voorschool.nl.drijfveer');

/** The Dutch sample's project, parsed independently of the app. */
export async function loadSample(): Promise<Project> {
  return (await readProjectFile(SAMPLE_PATH)).project;
}

/**
 * Registers the afterEach every flow test needs: after a failure, print what
 * the page said; then close the app the test started and forget it.
 */
export function closeAppAfterEach(
  current: () => { page: Page; consoleErrors: string[]; cspViolations: string[]; close(): Promise<void> } | null,
  forget: () => void,
): void {
  afterEach(async (context) => {
    const app = current();
    await dumpOnFailure(app, context);
    await app?.close();
    forget();
  });
}
