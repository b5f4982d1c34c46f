import { render } from 'preact';
import { z } from 'zod';
import { ProgressApp } from '@/components/progress/ProgressApp';
import { getEffectivePack } from '@/lib/packs/active';
import { i18n } from '#i18n';
import '@/components/panel.css';
import '@/components/progress/progress.css';

// The effective pack names the closing questions; extension pages forbid eval, so no JIT probe.
z.config({ jitless: true });
document.title = i18n.t('progress.pageTitle');
document.documentElement.lang = browser.i18n.getUILanguage();

const texts = new Map<string, string>();
const questionText = (id: string) => texts.get(id) ?? id;
const root = document.getElementById('app')!;
const show = () => render(<ProgressApp questionText={questionText} />, root);
void getEffectivePack()
  .then(({ pack }) => {
    for (const q of pack.closing_questions) texts.set(q.id, q.text);
  })
  .catch(() => undefined)
  .finally(show);
