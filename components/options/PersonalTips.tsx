import { useState } from 'preact/hooks';
import { addPersonalTip, removePersonalTip } from '@/lib/packs/actions';
import { setNotice, useOptions } from './store';
import { i18n } from '#i18n';
import { problemMessage } from './problem-text';

/** The agent's own tips: added on top of the team's, kept on this browser only. */
export function PersonalTips() {
  const tips = useOptions((s) => s.inputs?.personal.tips ?? []);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [topics, setTopics] = useState('');
  const add = async () => {
    const r = await addPersonalTip({ title: title.trim(), text: text.trim(), topics: topics.split(',').map((t) => t.trim()).filter(Boolean) });
    if (!r.ok) return setNotice({ ok: false, text: r.errors[0] ? problemMessage(r.errors[0]) : i18n.t('options.myTips.notAdded') });
    setTitle('');
    setText('');
    setTopics('');
  };
  return (
    <section class="op-card" aria-labelledby="mytips-h">
      <h2 id="mytips-h">{i18n.t('options.myTips.title')}</h2>
      <ul class="op-list">
        {tips.map((t) => (
          <li key={t.id}>
            <strong>{t.title}</strong> {t.text}{' '}
            <button type="button" class="op-link" aria-label={i18n.t('options.myTips.removeLabel', [t.title])} onClick={() => void removePersonalTip(t.id)}>
              {i18n.t('options.myTips.remove')}
            </button>
          </li>
        ))}
        {tips.length === 0 && <li class="op-muted">{i18n.t('options.myTips.none')}</li>}
      </ul>
      <div class="op-stack">
        <label class="op-stack">
          {i18n.t('options.myTips.tipTitle')}
          <input value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        </label>
        <label class="op-stack">
          {i18n.t('options.myTips.tipText')}
          <textarea rows={2} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <label class="op-stack">
          {i18n.t('options.myTips.topics')}
          <input value={topics} onInput={(e) => setTopics(e.currentTarget.value)} />
        </label>
        <button type="button" disabled={!title.trim() || !text.trim()} onClick={() => void add()}>
          {i18n.t('options.myTips.add')}
        </button>
      </div>
    </section>
  );
}
