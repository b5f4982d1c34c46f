import { render } from 'preact';
import { z } from 'zod';
import { OptionsApp } from '@/components/options/OptionsApp';
import { startOptions } from '@/components/options/store';
import '@/components/options/options.css';

// Extension pages forbid eval: tell zod not to probe for it (the probe is a CSP violation report).
z.config({ jitless: true });
startOptions();
render(<OptionsApp />, document.getElementById('app')!);
