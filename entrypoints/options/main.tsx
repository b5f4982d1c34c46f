import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { startOptions } from '@/components/options/store';
import '@/components/options/options.css';

startOptions();
render(<OptionsApp />, document.getElementById('app')!);
