// Enterprise policy. Chrome delivers it through `storage.managed` (declared by public/managed_schema.json);
// Firefox puts policies.json `3rdparty.Extensions["rapport@rapport.invalid"]` in the same place.
// Policy is admin data, but still untrusted input: anything malformed is reported and ignored.
import { browser } from 'wxt/browser';
import { z } from 'zod';

export interface ManagedPolicy {
  /** Inline pack (YAML or JSON text). Wins over `packUrl` when both are set. */
  pack?: string;
  /** HTTPS address of the organisation's pack. */
  packUrl?: string;
  /** Lock every rule of the managed pack, so agents cannot turn them off. */
  lockRules: boolean;
  /** When false, team packs (file or URL) are refused: the managed pack is the team's pack. */
  allowTeamPacks: boolean;
}

export const NO_POLICY: ManagedPolicy = { lockRules: false, allowTeamPacks: true };

export interface ParsedPolicy {
  policy: ManagedPolicy;
  errors: string[];
}

/** Admin tools write booleans as strings or 0/1 surprisingly often; the schema accepts the obvious spellings. */
const policyBool = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0']), z.literal(0), z.literal(1)], { error: 'expected true or false' })
  .transform((v) => v === true || v === 'true' || v === '1' || v === 1);

/**
 * The policy's fields (public/managed_schema.json declares the same to the browser). Each field is
 * checked on its own: a malformed one is reported and ignored, the others still apply.
 */
export const managedPolicySchema = z.object({
  pack: z.string({ error: 'expected the pack as YAML or JSON text' }).refine((v) => v.trim() !== '', 'expected the pack as YAML or JSON text'),
  pack_url: z
    .string({ error: 'expected an https:// address' })
    .trim()
    .check((ctx) => {
      const problem = ctx.value ? checkPackUrl(ctx.value) : 'expected an https:// address';
      if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
    }),
  lock_rules: policyBool,
  allow_team_packs: policyBool,
});

type PolicyKey = keyof typeof managedPolicySchema.shape;

export function parseManagedPolicy(raw: unknown): ParsedPolicy {
  const errors: string[] = [];
  if (raw == null || typeof raw !== 'object' || Array.isArray(raw)) return { policy: { ...NO_POLICY }, errors };
  const r = raw as Record<string, unknown>;
  const policy: ManagedPolicy = { ...NO_POLICY };
  const shape = managedPolicySchema.shape;
  for (const key of Object.keys(r)) {
    if (!Object.hasOwn(shape, key)) {
      errors.push(`policy.${key}: unknown setting, ignored`);
      continue;
    }
    const k = key as PolicyKey;
    if (r[k] === undefined) continue;
    const parsed = shape[k].safeParse(r[k]);
    if (!parsed.success) {
      errors.push(`policy.${k}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      continue;
    }
    if (k === 'pack') policy.pack = parsed.data as string;
    else if (k === 'pack_url') policy.packUrl = parsed.data as string;
    else if (k === 'lock_rules') policy.lockRules = parsed.data as boolean;
    else policy.allowTeamPacks = parsed.data as boolean;
  }
  return { policy, errors };
}

/** Why a pack address is refused, as a code a UI can translate (see checkPackUrl for the words). */
export type PackUrlProblem = 'invalid' | 'credentials' | 'not-https';

/** Pack addresses must be HTTPS; plain http is allowed for loopback only (local test servers). */
export function packUrlProblem(text: string): PackUrlProblem | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'invalid';
  }
  if (url.username || url.password) return 'credentials';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return null;
  return 'not-https';
}

/** Why an address is refused, in English, per problem. */
export const PACK_URL_PROBLEM_TEXT: Record<PackUrlProblem, string> = {
  invalid: 'not a valid address',
  credentials: 'addresses with a user name or password are not allowed',
  'not-https': 'must start with https:// (plain http only for 127.0.0.1 or localhost)',
};

/** Returns why the address is refused, in English (policy errors, logs), or null. */
export function checkPackUrl(text: string): string | null {
  const problem = packUrlProblem(text);
  return problem ? PACK_URL_PROBLEM_TEXT[problem] : null;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/** Reads the policy; browsers without one (or without a managed schema) throw, which means "no policy". */
/**
 * How long to wait for the browser's policy store. Chromium can leave `storage.managed.get()` pending
 * for good (seen on Linux with no policy installed); coaching must not wait on it.
 */
export const MANAGED_READ_TIMEOUT_MS = 1500;

export async function readManagedPolicy(timeoutMs = MANAGED_READ_TIMEOUT_MS): Promise<ParsedPolicy> {
  let raw: unknown = null;
  try {
    raw = await Promise.race([
      browser.storage.managed.get(),
      new Promise((resolve) => setTimeout(() => resolve(null), timeoutMs)),
    ]);
  } catch {
    raw = null;
  }
  if (isEmpty(raw)) raw = buildSeed();
  return parseManagedPolicy(raw);
}

function isEmpty(raw: unknown): boolean {
  return raw == null || (typeof raw === 'object' && Object.keys(raw).length === 0);
}

/**
 * Test builds only: Chromium under test cannot be given enterprise policy without writing machine-wide
 * files, so an e2e build may bake a policy in with `WXT_MANAGED_POLICY_SEED='{"pack": ...}'`.
 * Real policy always wins; release builds leave the variable unset.
 */
function buildSeed(): unknown {
  const seed = import.meta.env.WXT_MANAGED_POLICY_SEED as string | undefined;
  if (!seed) return null;
  try {
    return JSON.parse(seed) as unknown;
  } catch {
    return null;
  }
}
