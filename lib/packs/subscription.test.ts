import { describe, expect, it, vi } from 'vitest';
import type { TeamPackRecord } from './records';
import { refreshFromUrl } from './subscription';
import type { PackValidator } from './validate';

const URL_ = 'https://packs.example.com/team.yaml';

// Stands in for the loader: a pack is valid when it has a `name:` line; "broken" packs list path errors.
const validate: PackValidator = (text) =>
  /^name: /m.test(text)
    ? { ok: true, pack: { name: /^name: (.*)$/m.exec(text)?.[1] }, warnings: [] }
    : { ok: false, errors: [{ path: 'rules[0].phrases', message: 'expected a list' }, { path: 'name', message: 'required' }] };

function server(...answers: (Response | Error)[]) {
  const calls: RequestInit[] = [];
  const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    calls.push(init ?? {});
    const next = answers.shift();
    if (!next) throw new Error('unexpected request');
    if (next instanceof Error) throw next;
    return next;
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

const good: TeamPackRecord = {
  text: 'name: Team v1\n',
  format: 'yaml',
  pack: { name: 'Team v1' },
  source: { kind: 'url', url: URL_, etag: '"v1"', lastChecked: 1, lastUpdated: 1 },
};

describe('refreshFromUrl', () => {
  it('subscribes: fetches, validates and records the ETag', async () => {
    const s = server(new Response('name: Team v1\n', { headers: { etag: '"v1"', 'content-type': 'text/yaml' } }));
    const out = await refreshFromUrl(null, URL_, { validate, fetch: s.fetch, now: () => 5 });
    expect(out.error).toBeUndefined();
    expect(out.changed).toBe(true);
    expect(out.record).toEqual({ text: 'name: Team v1\n', format: 'yaml', pack: { name: 'Team v1' }, source: { kind: 'url', url: URL_, etag: '"v1"', lastChecked: 5, lastUpdated: 5 } });
    expect(s.calls[0]?.credentials).toBe('omit');
  });

  it('passes an accepted pack\'s warnings on, for the options page to list', async () => {
    const warning = { path: 'rules[0].phrases[0]', message: 'cut short', line: 3, column: 9, code: 'commentCut' as const, params: { kept: 'a', comment: '#b' } };
    const warned: PackValidator = (text, format) => {
      const v = validate(text, format);
      return v.ok ? { ...v, warnings: [warning] } : v;
    };
    const s = server(new Response('name: Team v1\n'));
    const out = await refreshFromUrl(null, URL_, { validate: warned, fetch: s.fetch });
    expect(out.record?.text).toBe('name: Team v1\n');
    expect(out.warnings).toEqual([warning]);
  });

  it('sends If-None-Match and keeps the pack on 304', async () => {
    const s = server(new Response(null, { status: 304 }));
    const out = await refreshFromUrl(good, URL_, { validate, fetch: s.fetch, now: () => 9 });
    expect((s.calls[0]?.headers as Record<string, string>)['If-None-Match']).toBe('"v1"');
    expect(out.changed).toBe(false);
    expect(out.record?.text).toBe('name: Team v1\n');
    expect(out.record?.source.lastChecked).toBe(9);
  });

  it('takes a new version and marks it changed', async () => {
    const s = server(new Response('name: Team v2\n', { headers: { etag: '"v2"' } }));
    const out = await refreshFromUrl(good, URL_, { validate, fetch: s.fetch, now: () => 9 });
    expect(out.changed).toBe(true);
    expect(out.record?.pack).toEqual({ name: 'Team v2' });
    expect(out.record?.source).toMatchObject({ etag: '"v2"', lastUpdated: 9 });
  });

  it.each([
    ['the server is down', new Error('connection refused'), 'Could not reach the server (connection refused).'],
    ['the server errors', new Response('oops', { status: 500, statusText: 'Internal Server Error' }), 'The server answered 500 Internal Server Error.'],
    ['the new pack is broken', new Response('rules: nope'), 'The new pack was refused: rules[0].phrases: expected a list; name: required'],
  ])('keeps the last good pack and records why when %s', async (_what, answer, message) => {
    const s = server(answer);
    const out = await refreshFromUrl(good, URL_, { validate, fetch: s.fetch, now: () => 9 });
    expect(out.changed).toBe(false);
    expect(out.error).toBe(message);
    expect(out.record?.text).toBe(good.text);
    expect(out.record?.pack).toEqual(good.pack);
    expect(out.record?.source).toMatchObject({ etag: '"v1"', lastChecked: 9, lastError: message });
  });

  it('stores the failure with its problem code, and a refused pack\'s problems, for the options page to say in the user\'s language', async () => {
    const broken = await refreshFromUrl(good, URL_, { validate, fetch: server(new Response('rules: nope')).fetch, now: () => 9 });
    expect(broken.failure).toMatchObject({ path: '', code: 'packRefused' });
    expect(broken.record?.source.lastFailure).toEqual(broken.failure);
    expect(broken.record?.source.lastProblems?.map((p) => p.path)).toEqual(['rules[0].phrases', 'name']);
    const down = await refreshFromUrl(good, URL_, { validate, fetch: server(new Response('', { status: 503 })).fetch, now: () => 9 });
    expect(down.record?.source.lastFailure).toMatchObject({ code: 'fetchStatus', params: { status: '503' } });
    expect(down.record?.source.lastProblems).toBeUndefined();
    const plain = await refreshFromUrl(null, 'http://packs.example.com/p.yaml', { validate, fetch: server().fetch });
    expect(plain.failure).toMatchObject({ code: 'fetchAddressNotHttps' });
    // A later good check clears the failure.
    const ok = await refreshFromUrl(broken.record, URL_, { validate, fetch: server(new Response(null, { status: 304 })).fetch, now: () => 10 });
    expect(ok.record?.source).toMatchObject({ lastError: undefined, lastFailure: undefined, lastProblems: undefined });
  });

  it('never requests a non-HTTPS address outside loopback', async () => {
    const s = server();
    const out = await refreshFromUrl(null, 'http://packs.example.com/p.yaml', { validate, fetch: s.fetch });
    expect(s.calls).toHaveLength(0);
    expect(out.record).toBeNull();
    expect(out.error).toMatch(/must start with https/);
  });

  it('does not send the old ETag to a different address', async () => {
    const s = server(new Response('name: Other\n'));
    await refreshFromUrl(good, 'https://other.example.com/p.yaml', { validate, fetch: s.fetch });
    expect((s.calls[0]?.headers as Record<string, string>)['If-None-Match']).toBeUndefined();
  });
});
