import { render } from 'preact';
import { z } from 'zod';
import { OptionsApp } from '@/components/options/OptionsApp';
import { startOptions } from '@/components/options/store';
import { i18n } from '#i18n';
import '@/components/options/options.css';

// Extension pages forbid eval: tell zod not to probe for it (the probe is a CSP violation report).
z.config({ jitless: true });
// The page speaks the language of the messages the browser picked (pack text carries its own `lang`).
document.documentElement.lang = i18n.t('lang');
document.title = i18n.t('options.title');
startOptions();
render(<OptionsApp />, document.getElementById('app')!);
