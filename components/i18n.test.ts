// Every string the extension shows goes through @wxt-dev/i18n. This test reads the UI sources and fails
// on text that is not a message (JSX text, visible attributes, notices and edit reasons written as
// literals), and checks that every translation has every key, plural form and placeholder of English.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeMessages } from '@/tests/unit/i18n';
import { findSlips, sources } from '@/tests/unit/find-slips';

/** Where user-facing text is written: the panel, the options and progress pages, the badges, the edit paths, reminders. */
const UI_DIRS = ['components', 'lib/panel', 'lib/overlay', 'lib/content', 'lib/editors', 'lib/hub', 'lib/followup', 'entrypoints'];

describe('every user-facing string is a message', () => {
  it('no component, badge or edit path shows literal text', () => {
    const slips = UI_DIRS.flatMap(sources).flatMap((f) => findSlips(f, readFileSync(f, 'utf8')));
    expect(slips.map((s) => `${s.file}:${s.line} ${s.text}`)).toEqual([]);
  });

  it('the check catches text in JSX, in visible attributes, in notices and in reasons', () => {
    const found = findSlips(
      'x.tsx',
      `const a = <p>Hello there</p>;
       const b = <button aria-label="Close the tip" title={ok ? 'Saved' : i18n.t('x')} />;
       const c = <p>{busy ? 'Checking…' : null} {n} {'·'}</p>;
       setNotice({ ok: true, text: \`Imported \${name}.\` });
       const d = { ok: false, reason: 'No box.' };
       el.setAttribute('aria-label', 'Open the coach');
       el.textContent = 'Rapport';
       const fine = <p class="rp-muted" data-testid="word-count">{i18n.t('panel.words', 3)} · {'#'} {\`\${a}: \`}</p>;
       const alsoFine = <input placeholder="https://intranet.example.com/team.yaml" type="url" />;`,
    );
    expect(found.map((s) => s.line)).toEqual([1, 2, 2, 3, 4, 5, 6, 7]);
  });
});

describe('translations', () => {
  const en = localeMessages('en');
  const translations = { de: localeMessages('de') };
  const subs = (m: string) => [...new Set(m.match(/\$\d/g) ?? [])].sort();

  it.each(Object.entries(translations))('%s has exactly the English keys', (_lang, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.entries(translations))('%s keeps every placeholder and plural form', (_lang, messages) => {
    const wrong = Object.entries(en).filter(([key, { message }]) => {
      const other = messages[key]?.message ?? '';
      return other.split(' | ').length !== message.split(' | ').length || subs(other).join() !== subs(message).join();
    });
    expect(wrong.map(([k]) => k)).toEqual([]);
  });

  it.each(Object.entries(translations))('%s translates everything that is not a name', (_lang, messages) => {
    // Product names, standards and words German shares with English.
    const same = new Set(['extName', 'phonetic_alphabet', 'phonetic_alphabets_icao', 'phonetic_kind_ticket', 'phonetic_kind_code', 'options_status_version', 'options_layer_managed', 'options_layer_team', 'options_quick_signal']);
    const untranslated = Object.keys(en).filter((k) => k !== 'lang' && !same.has(k) && messages[k]?.message === en[k]!.message);
    expect(untranslated).toEqual([]);
  });
});
