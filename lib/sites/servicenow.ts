// ServiceNow classic forms (inside iframe#gsft_main): "Work notes" are internal, "Additional comments
// (Customer visible)" go to the caller. With one shared textarea, its placeholder and the work-notes
// checkbox next to it say which one it is.
import { defineSite } from './define';
import { SITE_NAMES } from './names';

export const servicenow = defineSite({
  id: 'servicenow',
  name: SITE_NAMES['servicenow'],
  matches: ['*://*.service-now.com/*'],
  fingerprint: '#gsft_main, [id^="activity-stream-"][id$="-textarea"], #activity-stream-textarea',
  box: '#activity-stream-textarea, #activity-stream-work_notes-textarea, #activity-stream-comments-textarea, textarea[id^="activity-stream-"]',
  kind(box) {
    if (/work_notes/.test(box.id)) return 'internal';
    if (/comments/.test(box.id)) return 'public';
    return 'unknown';
  },
  requester: ['#sys_display\\.incident\\.caller_id', '[id^="sys_display"][id$="caller_id"]'],
  message: '.h-card[data-author-role="customer"] .sn-widget-textblock-body',
  // The activity stream lists the newest entry first.
  latest: 'first',
});
