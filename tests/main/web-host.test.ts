import { request as httpRequest } from 'node:http';
import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../src/main/web-host/server';
import { createEmptyProject } from '../../src/shared/model/project';
import { serializeProject } from '../../src/shared/project-file/serialize';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP, so the test controls every header (fetch would not let it forge Host). */
function send(host: WebHost, path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${host.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const api = (host: WebHost, method: string, args: unknown, headers: Record<string, string> = {}) =>
  send(host, `/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-drijfveer-token': host.token, ...headers },
    body: JSON.stringify(args),
  });

let root: string;
let host: WebHost;
let workDir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'drijfveer-webhost-'));
  const webRoot = join(root, 'web');
  workDir = join(root, 'work');
  await mkdir(join(webRoot, 'assets'), { recursive: true });
  await mkdir(workDir);
  await writeFile(join(webRoot, 'index.html'), '<!doctype html><html><head><title>x</title></head><body></body></html>');
  await writeFile(join(webRoot, 'assets', 'app.js'), 'console.log("hi")');
  await writeFile(join(root, 'secret.txt'), 'outside the web root');
  host = await startWebHost({ webRoot, dataDir: join(root, 'data'), workDir, samplesDir: join(root, 'samples'), appVersion: '1.2.3', maxBodyBytes: 64 * 1024 });
});

afterEach(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

describe('web host: the page and static files', () => {
  it('listens on 127.0.0.1 and prints a URL carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves index.html with the token meta tag and the CSP header, only to holders of the token', async () => {
    const page = await send(host, `/?token=${host.token}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="drijfveer-token" content="${host.token}" />`);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect((await send(host, '/')).status).toBe(403);
    expect((await send(host, '/?token=wrong')).status).toBe(403);
  });

  it('serves assets with a content type, and nothing outside the web root', async () => {
    const asset = await send(host, '/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toContain('text/javascript');
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%00x', '/assets']) {
      const reply = await send(host, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside the web root');
    }
  });

  it('refuses requests whose Host header is not its own (DNS rebinding)', async () => {
    for (const hostHeader of ['evil.example:80', `evil.example:${host.port}`, '127.0.0.1', `127.0.0.1:${host.port + 1}`]) {
      const reply = await send(host, `/?token=${host.token}`, { headers: { host: hostHeader } });
      expect(reply.status, hostHeader).toBe(403);
      const call = await api(host, 'getAppInfo', [], { host: hostHeader });
      expect(call.status, hostHeader).toBe(403);
    }
    expect((await send(host, `/?token=${host.token}`, { headers: { host: `localhost:${host.port}` } })).status).toBe(200);
  });
});

describe('web host: the API', () => {
  it('answers bridge calls with the same handlers as the app', async () => {
    const reply = await api(host, 'getAppInfo', []);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: expect.objectContaining({ host: 'web', appVersion: '1.2.3' }) });
  });

  it('refuses a missing or wrong token and a foreign Origin with 403 BRIDGE_FORBIDDEN', async () => {
    const noToken = await send(host, '/api/getAppInfo', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' });
    expect(noToken.status).toBe(403);
    expect(JSON.parse(noToken.body)).toEqual({ ok: false, error: { code: 'BRIDGE_FORBIDDEN', params: {} } });
    expect((await api(host, 'getAppInfo', [], { 'x-drijfveer-token': `${host.token}x` })).status).toBe(403);
    expect((await api(host, 'getAppInfo', [], { origin: 'https://evil.example' })).status).toBe(403);
    expect((await api(host, 'getAppInfo', [], { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('refuses GET, non-JSON content types and unparsable bodies', async () => {
    expect((await send(host, '/api/getAppInfo', { headers: { 'x-drijfveer-token': host.token } })).status).toBe(405);
    const form = await send(host, '/api/getAppInfo', { method: 'POST', headers: { 'x-drijfveer-token': host.token, 'content-type': 'text/plain' }, body: '[]' });
    expect(form.status).toBe(400);
    const garbage = await send(host, '/api/getAppInfo', { method: 'POST', headers: { 'x-drijfveer-token': host.token, 'content-type': 'application/json' }, body: '[{' });
    expect(garbage.status).toBe(400);
    expect(JSON.parse(garbage.body).error.code).toBe('BRIDGE_BAD_ARGUMENTS');
  });

  it('refuses bodies over the size limit with 413', async () => {
    const big = JSON.stringify([{ url: 'x'.repeat(70 * 1024) }]);
    const reply = await send(host, '/api/openExternalLink', { method: 'POST', headers: { 'content-type': 'application/json', 'x-drijfveer-token': host.token }, body: big });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.code).toBe('BRIDGE_BAD_ARGUMENTS');
  });

  it('reports unknown methods and bad arguments as coded errors', async () => {
    expect(JSON.parse((await api(host, 'rmRf', [])).body).error.code).toBe('BRIDGE_UNKNOWN_METHOD');
    expect(JSON.parse((await api(host, 'newProject', [{ language: 'de' }])).body).error.code).toBe('BRIDGE_BAD_ARGUMENTS');
  });
});

describe('web host: dialogs and events', () => {
  it('saves into the work folder by default without overwriting, and uses queued answers', async () => {
    const created = JSON.parse((await api(host, 'newProject', [{ language: 'nl' }])).body).value;
    created.project.assignment.title = 'Proeftuin';
    const save = async () => JSON.parse((await api(host, 'saveProjectAs', [{ docId: created.doc.docId, project: created.project }])).body);
    expect((await save()).value.doc.path).toBe(join(workDir, 'Proeftuin.drijfveer'));
    // The document now has a file name, which becomes the suggestion; it exists, so -2 follows.
    expect((await save()).value.doc.path).toBe(join(workDir, 'Proeftuin-2.drijfveer'));
    const queued = await send(host, '/__test/dialog', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-drijfveer-token': host.token },
      body: JSON.stringify({ save: null }),
    });
    expect(queued.status).toBe(204);
    expect((await save()).value).toBeNull();
    expect((await readdir(workDir)).sort()).toEqual(['Proeftuin-2.drijfveer', 'Proeftuin.drijfveer']);
  });

  it('opens the queued file from the open dialog, and nothing when the queue is empty', async () => {
    const project = createEmptyProject('en');
    project.assignment.title = 'Queued';
    const path = join(workDir, 'queued.drijfveer');
    await writeFile(path, serializeProject(project, 'test'));
    expect(JSON.parse((await api(host, 'showOpenDialog', [])).body)).toEqual({ ok: true, value: null });
    host.queueDialog({ open: path });
    expect(JSON.parse((await api(host, 'showOpenDialog', [])).body).value.project.assignment.title).toBe('Queued');
  });

  it('protects the test endpoints with the token and validates what is queued', async () => {
    const body = JSON.stringify({ confirm: true });
    expect((await send(host, '/__test/dialog', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).status).toBe(403);
    const bad = await send(host, '/__test/dialog', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-drijfveer-token': host.token },
      body: JSON.stringify({ confirm: 'yes please' }),
    });
    expect(bad.status).toBe(400);
    // Nothing was queued, so the link is declined.
    expect(JSON.parse((await api(host, 'openExternalLink', [{ url: 'https://example.nl/' }])).body).value).toBe(false);
    expect(host.confirmations).toEqual(['https://example.nl/']);
    expect(host.openedLinks).toEqual([]);
  });

  it('streams events to token holders as Server-Sent Events', async () => {
    expect((await send(host, '/events')).status).toBe(403);
    const received = await new Promise<string>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: host.port, path: `/events?token=${host.token}` }, (res) => {
        expect(res.headers['content-type']).toContain('text/event-stream');
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (text.includes('\n\n') && text.includes('data:')) {
            req.destroy();
            resolve(text);
          }
        });
        // Broadcast once the stream is open.
        setTimeout(() => {
          void send(host, '/__test/event', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-drijfveer-token': host.token },
            body: JSON.stringify({ type: 'menu', command: 'save' }),
          });
        }, 20);
      });
      req.on('error', reject);
      req.end();
    });
    const line = received.split('\n').find((l) => l.startsWith('data: '));
    expect(JSON.parse(line!.slice('data: '.length))).toEqual({ type: 'menu', command: 'save' });
  });

  it('holds events sent while no page listens and delivers them when one connects', async () => {
    host.emit({ type: 'open-file', path: '/werk/dubbelklik.drijfveer' });
    const text = await new Promise<string>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: host.port, path: `/events?token=${host.token}` }, (res) => {
        let received = '';
        res.on('data', (chunk: Buffer) => {
          received += chunk.toString('utf8');
          if (/data: .*\n\n/.test(received)) {
            req.destroy();
            resolve(received);
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    const line = text.split('\n').find((l) => l.startsWith('data: '));
    expect(JSON.parse(line!.slice('data: '.length))).toEqual({ type: 'open-file', path: '/werk/dubbelklik.drijfveer' });
  });

  it('records the document state the renderer reports', async () => {
    await api(host, 'setDocumentState', [{ docId: null, dirty: true, title: 'rapport.drijfveer' }]);
    expect(host.documentState).toEqual({ docId: null, dirty: true, title: 'rapport.drijfveer' });
  });
});

describe('web host: report export', () => {
  it('exports into the work folder under the suggested name, streams progress, and only records opening files it exported', async () => {
    const created = JSON.parse((await api(host, 'newProject', [{ language: 'nl' }])).body).value;
    created.project.assignment.title = 'Proeftuin Zuid';
    const reply = JSON.parse((await api(host, 'exportReport', [{ docId: created.doc.docId, project: created.project, format: 'docx', language: 'nl' }])).body);
    expect(reply.ok).toBe(true);
    expect(reply.value.path).toMatch(new RegExp(`^${workDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/proeftuin-zuid-\\d{4}-\\d{2}-\\d{2}\\.docx$`));
    expect(await readdir(workDir)).toEqual([reply.value.path.slice(workDir.length + 1)]);

    // No page was listening: the progress events were held and arrive on connect, ending at 1.
    const text = await new Promise<string>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: host.port, path: `/events?token=${host.token}` }, (res) => {
        let received = '';
        res.on('data', (chunk: Buffer) => {
          received += chunk.toString('utf8');
          if (received.includes('"fraction":1}')) {
            req.destroy();
            resolve(received);
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    const fractions = text
      .split('\n')
      .filter((l) => l.startsWith('data: '))
      .map((l) => JSON.parse(l.slice('data: '.length)) as { type: string; fraction: number })
      .filter((e) => e.type === 'export-progress')
      .map((e) => e.fraction);
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);

    expect(JSON.parse((await api(host, 'showInFolder', [{ path: reply.value.path }])).body)).toEqual({ ok: true });
    const refused = JSON.parse((await api(host, 'openExportedFile', [{ path: join(root, 'secret.txt') }])).body);
    expect(refused).toMatchObject({ ok: false, error: { code: 'EXPORT_PATH_NOT_ALLOWED' } });
    expect(host.fileRequests).toEqual([{ action: 'show-in-folder', path: reply.value.path }]);
  });
});
