import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/shared/errors';
import type { AppEvent, ExportOutcome } from '../../../../src/shared/ipc';
import { createEmptyProject } from '../../../../src/shared/model/project';
import { createExportController, type ExportStatus } from '../../../../src/renderer/steps/report/export-controller';

function fakeBridge(result: () => Promise<ExportOutcome | null>) {
  const listeners = new Set<(event: AppEvent) => void>();
  let calls = 0;
  return {
    emit: (event: AppEvent) => listeners.forEach((l) => l(event)),
    listenerCount: () => listeners.size,
    calls: () => calls,
    bridge: {
      onEvent(listener: (event: AppEvent) => void) {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
      async exportReport() {
        calls += 1;
        return result();
      },
    },
  };
}

const request = { docId: 'd1', project: createEmptyProject('nl'), format: 'docx' as const, language: 'nl' as const };

describe('export controller', () => {
  it('runs → progress (forward only) → done, and stops listening afterwards', async () => {
    let finish!: (value: ExportOutcome) => void;
    const fake = fakeBridge(() => new Promise((resolve) => (finish = resolve)));
    const controller = createExportController(fake.bridge);
    const seen: ExportStatus[] = [];
    controller.subscribe(() => seen.push(controller.status()));
    const running = controller.run(request);
    fake.emit({ type: 'export-progress', fraction: 0.4 });
    fake.emit({ type: 'export-progress', fraction: 0.2 });
    fake.emit({ type: 'menu', command: 'save' });
    expect(controller.status()).toEqual({ phase: 'running', format: 'docx', fraction: 0.4 });
    finish({ path: '/tmp/r.docx', bytes: 1234, format: 'docx' });
    await running;
    expect(controller.status()).toEqual({ phase: 'done', outcome: { path: '/tmp/r.docx', bytes: 1234, format: 'docx' } });
    expect(seen.map((s) => s.phase)).toEqual(['running', 'running', 'done']);
    expect(fake.listenerCount()).toBe(0);
  });

  it('goes back to idle when the dialog is cancelled, and keeps the code of a failure', async () => {
    const cancelled = createExportController(fakeBridge(async () => null).bridge);
    await cancelled.run(request);
    expect(cancelled.status()).toEqual({ phase: 'idle' });
    const failing = createExportController(fakeBridge(async () => Promise.reject(new AppError('EXPORT_FONT_MISSING', { fileName: 'SourceSans3-Regular.ttf' }))).bridge);
    await failing.run({ ...request, format: 'pdf' });
    expect(failing.status()).toEqual({ phase: 'failed', error: { code: 'EXPORT_FONT_MISSING', params: { fileName: 'SourceSans3-Regular.ttf' } } });
  });

  it('ignores a second request while one runs', async () => {
    let finish!: (value: null) => void;
    const fake = fakeBridge(() => new Promise((resolve) => (finish = resolve)));
    const controller = createExportController(fake.bridge);
    const first = controller.run(request);
    await controller.run(request);
    expect(fake.calls()).toBe(1);
    finish(null);
    await first;
  });
});
