// The locale files as the build turns them into _locales/<lang>/messages.json, for unit tests: they
// answer browser.i18n.getMessage like the browser does (missing keys fall back to English).
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

export type TestLocale = 'en' | 'de';

type Messages = Record<string, { message: string }>;

export function localeMessages(lang: TestLocale): Messages {
  return generateChromeMessages(parseMessagesText(readFileSync(`locales/${lang}.yml`, 'utf8'), 'YAML')) as Messages;
}

/** Makes browser.i18n.getMessage answer in `lang`, as a browser with that UI language would. */
export function useLocale(lang: TestLocale): void {
  const english = localeMessages('en');
  const chosen = lang === 'en' ? english : localeMessages(lang);
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
    const message = (chosen[key] ?? english[key])?.message ?? '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return message.replace(/\$(\d)/g, (_m, d: string) => list[Number(d) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
}
