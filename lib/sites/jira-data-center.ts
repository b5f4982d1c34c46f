// Jira / JSM Data Center, usually on the customer's own domain (so found by its DOM): a wiki-markup
// textarea or TinyMCE in an iframe, with "Internal comment" / "Respond to customer" buttons.
import { defineSite, topDocument } from './define';
import { SITE_NAMES } from './names';

export const jiraDataCenter = defineSite({
  id: 'jira-data-center',
  name: SITE_NAMES['jira-data-center'],
  matches: [],
  fingerprint: '.jira-wikifield, .js-sd-internal-comment, .js-sd-external-comment, meta[name="application-name"][content="JIRA" i]',
  box: 'textarea#comment, .jira-wikifield textarea, .mce-content-body',
  kind(box) {
    const doc = topDocument(box);
    const on = (sel: string) => {
      const el = doc.querySelector(sel);
      return !!el && (el.getAttribute('aria-pressed') === 'true' || el.getAttribute('aria-selected') === 'true' || /\b(active|selected|aui-nav-selected)\b/.test(el.className));
    };
    if (on('.js-sd-internal-comment')) return 'internal';
    if (on('.js-sd-external-comment')) return 'public';
    return 'unknown';
  },
  requester: '#reporter-val, #customfield-reporter, [data-field="reporter"]',
  message: '.activity-comment.sd-comment-customer .action-body, [data-author-role="customer"] .action-body',
});
