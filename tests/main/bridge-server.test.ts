import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../src/main/bridge-server';
import { apiMethods, type ApiMethod, type AppApi } from '../../src/shared/ipc';
import { createEmptyProject } from '../../src/shared/model/project';
import { makeHandlerFixture, type HandlerFixture } from './handler-fixture';

const project = () => createEmptyProject('nl');

/** One well-formed argument list per method; the malformed variants below are derived from it. */
const validArgs: Record<ApiMethod, () => unknown[]> = {
  getAppInfo: () => [],
  getPreferences: () => [],
  setPreferences: () => [{ language: 'en' }],
  newProject: () => [{ language: 'nl' }],
  openProject: () => [{ path: '/tmp/x.drijfveer' }],
  showOpenDialog: () => [],
  openSample: () => [{ language: 'nl' }],
  saveProject: () => [{ docId: 'd1', project: project() }],
  saveProjectAs: () => [{ docId: 'd1', project: project() }],
  closeProject: () => [{ docId: 'd1' }],
  setDocumentState: () => [{ docId: null, dirty: true, title: 't' }],
  listRecentFiles: () => [],
  removeRecentFile: () => [{ path: '/tmp/x.drijfveer' }],
  writeRecovery: () => [{ docId: 'd1', project: project() }],
  listRecoveries: () => [],
  restoreRecovery: () => [{ id: 'abc' }],
  discardRecovery: () => [{ id: 'abc' }],
  openExternalLink: () => [{ url: 'https://example.nl' }],
  exportReport: () => [{ docId: 'd1', project: project(), format: 'docx', language: 'nl' }],
  openExportedFile: () => [{ path: '/tmp/rapport.docx' }],
  showInFolder: () => [{ path: '/tmp/rapport.docx' }],
  previewReport: () => [{ project: project(), language: 'nl' }],
  sendForReview: () => [{ docId: 'd1', project: project(), note: '' }],
  pickReviewCopies: () => [{ projectId: 'p1' }],
  deliverProject: () => [{ docId: 'd1', project: project(), deliverer: 'Marleen' }],
  importReviewDocx: () => [{ docId: 'd1' }],
};

/** Ways the same call can arrive broken: wrong container, extra items, extra or mistyped fields. */
function malformedVariants(method: ApiMethod): { name: string; args: unknown }[] {
  const valid = validArgs[method]();
  const variants: { name: string; args: unknown }[] = [
    { name: 'undefined', args: undefined },
    { name: 'null', args: null },
    { name: 'a string', args: 'nl' },
    { name: 'an object instead of an array', args: { 0: valid[0] } },
    { name: 'one argument too many', args: [...valid, { extra: true }] },
  ];
  const first = valid[0];
  if (first && typeof first === 'object') {
    variants.push({ name: 'no arguments', args: [] });
    variants.push({ name: 'an unknown field', args: [{ ...first, sneaky: 1 }] });
    for (const key of Object.keys(first)) {
      variants.push({ name: `${key} as a number`, args: [{ ...first, [key]: 12345 }] });
      variants.push({ name: `${key} as an array`, args: [{ ...first, [key]: [] }] });
    }
  }
  return variants;
}

function stubHandlers(): AppApi {
  return Object.fromEntries(apiMethods.map((m) => [m, vi.fn(async () => `called ${m}`)])) as unknown as AppApi;
}

describe('dispatch: argument validation', () => {
  it('has a valid argument list for every method in the contract (and each reaches its handler)', async () => {
    expect(Object.keys(validArgs).sort()).toEqual([...apiMethods].sort());
    const handlers = stubHandlers();
    for (const method of apiMethods) {
      const result = await dispatch(handlers, method, validArgs[method]());
      expect(result, method).toEqual({ ok: true, value: `called ${method}` });
    }
  });

  let f: HandlerFixture;
  beforeEach(async () => {
    f = await makeHandlerFixture();
  });
  afterEach(async () => {
    await f.cleanup();
  });

  it.each(apiMethods)('refuses malformed arguments for %s before any handler or store runs', async (method) => {
    const handlerSpies = Object.fromEntries(apiMethods.map((m) => [m, vi.fn(f.handlers[m])])) as unknown as AppApi;
    const storeSpies = [
      ...Object.keys(f.store).map((k) => vi.spyOn(f.store, k as keyof typeof f.store)),
      ...Object.keys(f.preferences).map((k) => vi.spyOn(f.preferences, k as keyof typeof f.preferences)),
      ...Object.keys(f.recovery).map((k) => vi.spyOn(f.recovery, k as keyof typeof f.recovery)),
    ];
    const variants = malformedVariants(method);
    for (const variant of variants) {
      const result = await dispatch(handlerSpies, method, variant.args);
      expect(result.ok, `${method} with ${variant.name}`).toBe(false);
      if (!result.ok) {
        expect(result.error.code, `${method} with ${variant.name}`).toBe('BRIDGE_BAD_ARGUMENTS');
        expect(result.error.params.method).toBe(method);
      }
    }
    for (const spy of Object.values(handlerSpies)) expect(spy).not.toHaveBeenCalled();
    for (const spy of storeSpies) expect(spy).not.toHaveBeenCalled();
    expect(f.dialogs.chooseSaveLocation).not.toHaveBeenCalled();
  });

  it('refuses a project that fails the schema in saveProject, naming where, and leaves the file alone', async () => {
    const path = await f.writeProjectFile('bewaard.drijfveer');
    const before = await readFile(path, 'utf8');
    const { doc } = await f.handlers.openProject({ path });
    const save = vi.spyOn(f.store, 'save');
    const broken = { ...project(), assignment: { ...project().assignment, status: 'published' } };
    const result = await dispatch(f.handlers, 'saveProject', [{ docId: doc.docId, project: broken }]);
    expect(result).toMatchObject({ ok: false, error: { code: 'BRIDGE_BAD_ARGUMENTS' } });
    expect(!result.ok && String(result.error.params.detail)).toContain('project.assignment.status');
    expect(save).not.toHaveBeenCalled();
    expect(await readFile(path, 'utf8')).toBe(before);
  });
});

describe('dispatch: hostile input', () => {
  it.each(['deleteAllFiles', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '', 'getAppInfo '])(
    'answers BRIDGE_UNKNOWN_METHOD for %j',
    async (method) => {
      const handlers = stubHandlers();
      const result = await dispatch(handlers, method, []);
      expect(result).toMatchObject({ ok: false, error: { code: 'BRIDGE_UNKNOWN_METHOD' } });
    },
  );

  it('refuses an own __proto__ key anywhere in the arguments and pollutes nothing', async () => {
    const handlers = stubHandlers();
    const top = JSON.parse('[{"language":"nl","__proto__":{"polluted":"yes"}}]') as unknown;
    const nestedProject = JSON.parse(
      JSON.stringify([{ docId: 'd1', project: project() }]).replace('"assignment":{', '"assignment":{"__proto__":{"polluted":"yes"},'),
    ) as unknown;
    for (const [method, args] of [['newProject', top], ['saveProject', nestedProject]] as const) {
      const result = await dispatch(handlers, method, args);
      expect(result).toMatchObject({ ok: false, error: { code: 'BRIDGE_BAD_ARGUMENTS', params: { detail: 'forbidden key __proto__' } } });
      expect(handlers[method]).not.toHaveBeenCalled();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps constructor/prototype keys as inert data in loose objects without touching Object.prototype', async () => {
    const handlers = stubHandlers();
    const withConstructor = { ...project(), constructor: { prototype: { polluted: 'yes' } } };
    const result = await dispatch(handlers, 'writeRecovery', [{ docId: 'd1', project: withConstructor }]);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.constructor).toBe(Object);
  });

  it('refuses absurdly deep arguments without overflowing the stack', async () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    const result = await dispatch(stubHandlers(), 'newProject', [{ language: 'nl', deep }]);
    expect(result).toMatchObject({ ok: false, error: { code: 'BRIDGE_BAD_ARGUMENTS' } });
  });
});

describe('dispatch: results and errors', () => {
  let f: HandlerFixture;
  beforeEach(async () => {
    f = await makeHandlerFixture();
  });
  afterEach(async () => {
    await f.cleanup();
  });

  it('serializes a handler AppError with its code and params', async () => {
    const result = await dispatch(f.handlers, 'openProject', [{ path: `${f.workDir}/weg.drijfveer` }]);
    expect(result).toEqual({ ok: false, error: { code: 'FILE_NOT_FOUND', params: expect.objectContaining({ fileName: 'weg.drijfveer' }) } });
  });

  it('turns an unexpected exception into INTERNAL instead of crashing the host', async () => {
    const handlers = stubHandlers();
    vi.mocked(handlers.listRecentFiles).mockRejectedValueOnce(new TypeError('boom'));
    expect(await dispatch(handlers, 'listRecentFiles', [])).toEqual({ ok: false, error: { code: 'INTERNAL', params: { reason: 'boom' } } });
  });

  it('passes a successful value through as plain JSON', async () => {
    const result = await dispatch(f.handlers, 'newProject', [{ language: 'en' }]);
    expect(result.ok).toBe(true);
    const value = result.ok ? (result.value as { doc: { path: unknown }; project: { assignment: { reportLanguage: string } } }) : null;
    expect(value?.doc.path).toBeNull();
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
