import { useState } from 'preact/hooks';
import { applyEdit, slugId, type Edit } from '@/lib/packs/edits';
import { SIGNAL_IDS } from '@/lib/scoring/types';
import { draftOrStarter, optionsStore, setDraft, setNotice, useOptions } from './store';

function edit(e: Edit): void {
  const { draftFormat } = optionsStore.getState();
  try {
    setDraft(applyEdit(draftOrStarter(), draftFormat, e), draftFormat);
    setNotice({ ok: true, text: 'Changed in the editor. Check it, then Save.' });
  } catch (err) {
    setNotice({ ok: false, text: `Could not change the pack: ${(err as Error).message}` });
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
      <h2 id="quick-h">Quick edits</h2>
      <fieldset>
        <legend>Rule</legend>
        <div class="op-row">
          <label class="op-grow">
            Rule
            <select value={rule?.id ?? ''} onChange={(e) => setRuleId(e.currentTarget.value)}>
              {pack.rules.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.id}
                  {r.enabled ? '' : ' (off)'}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!ruleObj || isLocked} onClick={() => ruleObj && edit({ kind: 'rule-enabled', rule: ruleObj, enabled: !rule?.enabled })}>
            {rule?.enabled === false ? 'Turn rule on' : 'Turn rule off'}
          </button>
        </div>
        {isLocked && <p class="op-muted">Locked by your organisation.</p>}
        {rule && 'phrases' in rule && (
          <div class="op-row">
            <label class="op-grow">
              New phrase
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
              Add phrase
            </button>
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>Weight</legend>
        <div class="op-row">
          <label class="op-grow">
            Signal
            <select value={signal} onChange={(e) => setSignal(e.currentTarget.value)}>
              {SIGNAL_IDS.map((id) => (
                <option key={id} value={id}>
                  {id} (now {pack.weights[id] ?? 'default'})
                </option>
              ))}
            </select>
          </label>
          <label>
            Weight
            <input type="number" min={-100} max={100} value={weight} onInput={(e) => setWeight(e.currentTarget.value)} />
          </label>
          <button type="button" disabled={!Number.isFinite(Number(weight)) || weight === ''} onClick={() => edit({ kind: 'weight', signal, weight: Number(weight) })}>
            Set weight
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>Bonus tip</legend>
        <label class="op-stack">
          Tip title
          <input value={tip.title} onInput={(e) => setTip({ ...tip, title: e.currentTarget.value })} />
        </label>
        <label class="op-stack">
          Tip text
          <textarea rows={2} value={tip.text} onInput={(e) => setTip({ ...tip, text: e.currentTarget.value })} />
        </label>
        <div class="op-row">
          <label class="op-grow">
            Topics (comma separated)
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
            Add tip
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>Closing question</legend>
        <div class="op-row">
          <label class="op-grow">
            Question
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
            Add closing question
          </button>
        </div>
      </fieldset>
    </section>
  );
}
