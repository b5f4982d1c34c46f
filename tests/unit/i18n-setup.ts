// Unit tests render the panel with the real English strings: browser.i18n.getMessage is answered from
// locales/en.yml, converted exactly as the build converts it into _locales/en/messages.json.
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

const messages = generateChromeMessages(parseMessagesText(readFileSync('locales/en.yml', 'utf8'), 'YAML'));

function getMessage(key: string, subs?: string | string[]): string {
  const message = (messages as Record<string, { message: string }>)[key]?.message ?? '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return message.replace(/\$(\d)/g, (_m, d: string) => list[Number(d) - 1] ?? '');
}

fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
