// Unit tests render the panel with the real English strings: browser.i18n.getMessage is answered from
// locales/en.yml, converted exactly as the build converts it into _locales/en/messages.json.
// A test switches language with useLocale('de') from ./i18n.
import { useLocale } from './i18n';

useLocale('en');
