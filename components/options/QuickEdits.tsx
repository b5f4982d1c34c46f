import { useState } from 'preact/hooks';
import { applyEdit, slugId, type Edit } from '@/lib/packs/edits';
import { SIGNAL_IDS } from '@/lib/scoring/types';
import { draftOrStarter, optionsStore, setDraft, setNotice, useOptions } from './store';
import { signalTitle } from '@/lib/panel/signals';
import { i18n } from '#i18n';

function edit(e: Edit): void {
  const { draftFormat } = optionsStore.getState();
  try {
    setDraft(applyEdit(draftOrStarter(), draftFormat, e), draftFormat);
    setNotice({ ok: true, text: i18n.t('options.quick.changed') });
  } catch (err) {
    setNotice({ ok: false, text: i18n.t('options.quick.failed', [(err as Error).message]) });
  }
}

/** Common edits without writing YAML; each lands in the editor's draft for review before Save. */
export function QuickEdits() {
  const pack = useOptions((s) => (s.preview ?? s.active)?.pack ?? null);
  const locked = useOptions((s) => (s.preview ?? s.active)?.locked ?? []);
  const [ruleId, setRuleId] = useState('');
  const [phrase, setPhrase] = useState('');
  const [signal, setSignal] = useState<string>(SIGNAL_IDS[0]);
  const [weight, setWeight] = useState('10');
  const [tip, setTip] = useState({ title: '', text: '', topics: '' });
  const [question, setQuestion] = useState('');
  if (!pack) return null;
  const rule = pack.rules.find((r) => r.id === ruleId) ?? pack.rules[0];
  const ruleObj = rule as unknown as Record<string, unknown> | undefined;
  const isLocked = rule ? locked.includes(rule.id) : false;

  return (
    <section class="op-card" aria-labelledby="quick-h">
      <h2 id="quick-h">{i18n.t('options.quick.title')}</h2>
      <fieldset>
        <legend>{i18n.t('options.quick.rule')}</legend>
        <div class="op-row">
          <label class="op-grow">
            {i18n.t('options.quick.rule')}
            <select value={rule?.id ?? ''} onChange={(e) => setRuleId(e.currentTarget.value)}>
              {pack.rules.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.enabled ? r.id : `${r.id} ${i18n.t('options.quick.off')}`}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!ruleObj || isLocked} onClick={() => ruleObj && edit({ kind: 'rule-enabled', rule: ruleObj, enabled: !rule?.enabled })}>
            {rule?.enabled === false ? i18n.t('options.quick.turnOn') : i18n.t('options.quick.turnOff')}
          </button>
        </div>
        {isLocked && <p class="op-muted">{i18n.t('options.quick.locked')}</p>}
        {rule && 'phrases' in rule && (
          <div class="op-row">
            <label class="op-grow">
              {i18n.t('options.quick.newPhrase')}
              <input value={phrase} onInput={(e) => setPhrase(e.currentTarget.value)} />
            </label>
            <button
              type="button"
              disabled={!phrase.trim() || isLocked}
              onClick={() => {
                if (ruleObj) edit({ kind: 'add-phrase', rule: ruleObj, phrase: phrase.trim() });
                setPhrase('');
              }}
            >
              {i18n.t('options.quick.addPhrase')}
            </button>
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>{i18n.t('options.quick.weight')}</legend>
        <div class="op-row">
          <label class="op-grow">
            {i18n.t('options.quick.signal')}
            <select value={signal} onChange={(e) => setSignal(e.currentTarget.value)}>
              {SIGNAL_IDS.map((id) => (
                <option key={id} value={id}>
                  {i18n.t('options.quick.signalOption', [signalTitle(id), String(pack.weights[id] ?? i18n.t('options.quick.defaultWeight'))])}
                </option>
              ))}
            </select>
          </label>
          <label>
            {i18n.t('options.quick.weight')}
            <input type="number" min={-100} max={100} value={weight} onInput={(e) => setWeight(e.currentTarget.value)} />
          </label>
          <button type="button" disabled={!Number.isFinite(Number(weight)) || weight === ''} onClick={() => edit({ kind: 'weight', signal, weight: Number(weight) })}>
            {i18n.t('options.quick.setWeight')}
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>{i18n.t('options.quick.tip')}</legend>
        <label class="op-stack">
          {i18n.t('options.quick.tipTitle')}
          <input value={tip.title} onInput={(e) => setTip({ ...tip, title: e.currentTarget.value })} />
        </label>
        <label class="op-stack">
          {i18n.t('options.quick.tipText')}
          <textarea rows={2} value={tip.text} onInput={(e) => setTip({ ...tip, text: e.currentTarget.value })} />
        </label>
        <div class="op-row">
          <label class="op-grow">
            {i18n.t('options.quick.topics')}
            <input value={tip.topics} onInput={(e) => setTip({ ...tip, topics: e.currentTarget.value })} />
          </label>
          <button
            type="button"
            disabled={!tip.title.trim() || !tip.text.trim()}
            onClick={() => {
              const topics = tip.topics.split(',').map((t) => t.trim()).filter(Boolean);
              edit({ kind: 'add-tip', id: slugId(tip.title, pack.tips.map((t) => t.id)), title: tip.title.trim(), text: tip.text.trim(), topics });
              setTip({ title: '', text: '', topics: '' });
            }}
          >
            {i18n.t('options.quick.addTip')}
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>{i18n.t('options.quick.question')}</legend>
        <div class="op-row">
          <label class="op-grow">
            {i18n.t('options.quick.questionText')}
            <input value={question} onInput={(e) => setQuestion(e.currentTarget.value)} />
          </label>
          <button
            type="button"
            disabled={!question.trim()}
            onClick={() => {
              edit({ kind: 'add-closing-question', id: slugId(question, pack.closing_questions.map((q) => q.id)), text: question.trim() });
              setQuestion('');
            }}
          >
            {i18n.t('options.quick.addQuestion')}
          </button>
        </div>
      </fieldset>
    </section>
  );
}
