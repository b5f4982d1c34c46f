import type { SpellWorthyKind } from './types';

// Patterns for findSpellWorthyTokens. Each aims at something an agent would otherwise read out
// letter by letter and get wrong; ordinary words must never match.

export const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
export const PHONE = /(?:\+|\b00)\d{1,3}(?:[ ./-]?\(?\d{1,5}\)?){2,6}|\(\d{3}\)\s?\d{3}[-.\s]\d{4}\b|\b\d{3}[-.]\d{3}[-.]\d{4}\b/g;

/** "password: X", "order number 12345", "ticket #123": the label says what the value is. */
export const LABELLED =
  /\b(temp(?:orary)? password|one-time (?:password|code)|password|passcode|passwort|kennwort|pin|verification code|confirmation code|licen[cs]e key|product key|serial(?: number| no\.?)?|order(?: number| no\.?| id)?|bestellnummer|reference(?: number)?|ticket(?: number| id)?|case(?: number| id)?|code|key)(?![A-Za-z0-9])(?:\s+(?:is|was|lautet|ist))?(?:\s*[:=]\s*|\s+)["'“‘]?([^\s"'”’]+)/gi;

export function labelKind(label: string): SpellWorthyKind {
  const l = label.toLowerCase();
  if (/pass|pin|kennwort|one-time|verification/.test(l)) return 'password';
  if (/licen|product key|serial/.test(l)) return 'serial';
  if (/order|bestell|reference|confirmation/.test(l)) return 'order';
  if (/ticket|case/.test(l)) return 'ticket';
  return 'code';
}

const TICKET_HASH = /^#\d{3,}$/;
/** ServiceNow-style: INC0012345, RITM0004567, CS0001234. */
const TICKET_PREFIXED = /^[A-Z]{2,6}\d{5,}$/;
/** Jira-style keys: JSM-123, HELP-42. */
const TICKET_KEY = /^[A-Z][A-Z0-9]{1,9}-\d{1,7}$/;
/** Standards and names that look like Jira keys but are not references to spell. */
const NOT_A_KEY = /^(?:UTF|ISO|SHA|COVID|WPA|WPA2|TLS|SSL|HTTP|MPEG|PCI|IEEE|AES|RSA|IPV|DDR|USB|HDMI|MP)-/;
const SERIAL = /^(?=.*\d)(?=.*[A-Z])[A-Z0-9]{3,8}(?:-[A-Z0-9]{3,8}){2,}$/i;
const DASHED_CODE = /^(?=.*\d)[A-Z0-9]{2,8}(?:-[A-Z0-9]{2,8}){2,}$/i;
const LONG_NUMBER = /^\d{6,}$/;
/** "10am", "3rd", "500MB": numbers with a unit, read as they are. */
const NUMBER_WITH_UNIT = /^\d+(?:st|nd|rd|th|am|pm|min|mins|h|hrs|s|ms|kb|mb|gb|tb|px|fps|hz|khz|mhz|ghz|x)$/i;
/** "Windows11", "Office365", "iPhone15": a product name and a version. */
const PRODUCT_VERSION = /^[A-Za-z]+\d{1,4}$/;
const SPECIAL = /[!@#$%^&*+=?~_|]/;
const NEEDS_ONE_OF = /[\d!@#$%^&*+=?~_|]/;

function count(token: string, pattern: RegExp): number {
  return token.match(pattern)?.length ?? 0;
}

/** What a bare word-like token is, or undefined when it is an ordinary word or number. */
export function classifyWord(token: string): SpellWorthyKind | undefined {
  // Every kind below needs a digit or a special character; most prose words stop here.
  if (!NEEDS_ONE_OF.test(token)) return undefined;
  if (TICKET_HASH.test(token) || TICKET_PREFIXED.test(token)) return 'ticket';
  if (SERIAL.test(token)) return 'serial';
  if (DASHED_CODE.test(token)) return 'code';
  if (TICKET_KEY.test(token)) return NOT_A_KEY.test(token) ? undefined : 'ticket';
  if (LONG_NUMBER.test(token)) return 'order';
  if (NUMBER_WITH_UNIT.test(token)) return undefined;
  const upper = count(token, /[A-Z]/g);
  const lower = count(token, /[a-z]/g);
  const digits = count(token, /\d/g);
  if (PRODUCT_VERSION.test(token) && upper <= 2) return undefined;
  const mixedCase = upper > 0 && lower > 0;
  if (token.length >= 6 && mixedCase && (digits > 0 || SPECIAL.test(token))) return 'password';
  if (token.length >= 5 && upper + lower >= 2 && digits >= 2 && /^[A-Za-z0-9_-]+$/.test(token)) {
    return 'code';
  }
  return undefined;
}
