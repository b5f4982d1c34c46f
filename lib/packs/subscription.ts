// Pack subscriptions: the only network request Rapport makes, and only to the address the user (or the
// admin's policy) gave. Conditional GET with the ETag; any failure keeps the last good pack and says why.
import { checkPackUrl, PACK_URL_PROBLEM_TEXT, packUrlProblem } from './managed';
import type { PackProblem, ProblemCode, ProblemParams } from '../rule-pack/problems';
import { sniffFormat, type PackFormat, type TeamPackRecord } from './records';
import { MAX_PACK_BYTES, utf8Bytes } from '../rule-pack/parse';
import { summarizeProblems, type PackValidator } from './validate';

const TIMEOUT_MS = 30_000;

export interface RefreshDeps {
  validate: PackValidator;
  fetch?: typeof fetch;
  now?: () => number;
}

export interface RefreshResult {
  /** What to store: the new pack, or the previous one with `lastChecked`/`lastError` updated. */
  record: TeamPackRecord | null;
  /** The pack text changed (so the coach should rebuild its scorer). */
  changed: boolean;
  /** Why the check failed, in English (CLI, logs; also stored as `lastError`). */
  error?: string;
  /** The same failure with its problem code, for a UI in the user's language (stored as `lastFailure`). */
  failure?: PackProblem;
  /** When the new pack was refused (`failure.code` is `packRefused`): its problems (stored as `lastProblems`). */
  problems?: PackProblem[];
  /** When the fetched pack was accepted: its warnings (e.g. a list item a " #" comment cut short), by path. */
  warnings?: PackProblem[];
}

/** The size limit as the failure messages say it, in KB. */
const limitKb = MAX_PACK_BYTES / 1024;

/** How many of a refused pack's problems a stored failure keeps. */
const KEPT_PROBLEMS = 10;

const ADDRESS_CODES = { invalid: 'fetchAddressInvalid', credentials: 'fetchAddressCredentials', 'not-https': 'fetchAddressNotHttps' } as const;

function formatOf(url: string, contentType: string | null, text: string): PackFormat {
  if (contentType?.includes('json') || /\.json(?:$|[?#])/i.test(url)) return 'json';
  if (contentType?.includes('yaml') || /\.ya?ml(?:$|[?#])/i.test(url)) return 'yaml';
  return sniffFormat(text);
}

/**
 * Fetch `url` and return what to store. `prev` is the stored record: its ETag is sent when it came from
 * the same address, and it is kept whole whenever the new pack cannot be used.
 */
export async function refreshFromUrl(prev: TeamPackRecord | null, url: string, deps: RefreshDeps): Promise<RefreshResult> {
  const now = (deps.now ?? Date.now)();
  const sameUrl = prev?.source.kind === 'url' && prev.source.url === url;
  const fail = (error: string, code: ProblemCode, params: ProblemParams = {}, problems?: PackProblem[]): RefreshResult => {
    const failure: PackProblem = { path: '', message: error, code, params };
    const kept = problems?.slice(0, KEPT_PROBLEMS);
    return {
      record:
        sameUrl && prev
          ? { ...prev, source: { ...prev.source, lastChecked: now, lastError: error, lastFailure: failure, lastProblems: kept } }
          : null,
      changed: false,
      error,
      failure,
      ...(kept ? { problems: kept } : {}),
    };
  };

  const refused = packUrlProblem(url);
  if (refused) return fail(`The address ${PACK_URL_PROBLEM_TEXT[refused]}.`, ADDRESS_CODES[refused]);

  const headers: Record<string, string> = { Accept: 'application/yaml, application/json, text/plain;q=0.9, */*;q=0.1' };
  if (sameUrl && prev?.source.etag) headers['If-None-Match'] = prev.source.etag;

  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  let res: Response;
  let text: string;
  try {
    res = await (deps.fetch ?? fetch)(url, { headers, credentials: 'omit', cache: 'no-store', signal: abort.signal });
    if (res.status === 304 && sameUrl && prev) {
      const source = { ...prev.source, lastChecked: now, lastError: undefined, lastFailure: undefined, lastProblems: undefined };
      return { record: { ...prev, source }, changed: false };
    }
    const status = `${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
    if (!res.ok) return fail(`The server answered ${status}.`, 'fetchStatus', { status });
    // A redirect must not take us somewhere the user did not agree to (https → plain http elsewhere).
    if (res.url && res.url !== url && checkPackUrl(res.url)) return fail(`Redirected to an address that is not allowed: ${res.url}`, 'fetchRedirect', { url: res.url });
    const declared = Number(res.headers.get('content-length') ?? 0);
    if (declared > MAX_PACK_BYTES) return fail(`The pack is too large (${declared} bytes, over ${limitKb} KB).`, 'fetchTooLarge', { limitKb });
    text = await res.text();
  } catch (e) {
    const detail = (e as Error).message;
    return abort.signal.aborted
      ? fail('The server did not answer in time.', 'fetchTimeout')
      : fail(`Could not reach the server (${detail}).`, 'fetchUnreachable', { detail });
  } finally {
    clearTimeout(timer);
  }
  if (utf8Bytes(text) > MAX_PACK_BYTES) return fail(`The pack is too large (over ${limitKb} KB).`, 'fetchTooLarge', { limitKb });

  const format = formatOf(url, res.headers.get('content-type'), text);
  const loaded = deps.validate(text, format);
  if (!loaded.ok) return fail(`The new pack was refused: ${summarizeProblems(loaded.errors)}`, 'packRefused', {}, loaded.errors);

  const changed = !sameUrl || prev?.text !== text;
  const source = {
    kind: 'url' as const,
    url,
    etag: res.headers.get('etag') ?? undefined,
    lastChecked: now,
    lastUpdated: changed ? now : prev?.source.lastUpdated,
  };
  return { record: { text, format, pack: loaded.pack, source }, changed, ...(loaded.warnings.length ? { warnings: loaded.warnings } : {}) };
}
