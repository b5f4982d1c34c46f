// Jira Service Management Cloud: the Atlassian editor (ProseMirror) under tabs "Reply to customer" /
// "Add internal note". Which tab is which varies, so the selected tab's label decides, never its index.
import { defineSite } from './define';
import { SITE_NAMES } from './names';

export const jiraServiceManagement = defineSite({
  id: 'jira-service-management',
  name: SITE_NAMES['jira-service-management'],
  matches: ['*://*.atlassian.net/*'],
  fingerprint: '.ak-editor-content-area, #ak-editor-textarea, [id^="comment-editor-container-tabs-"], [id^="issue-transition-comment-editor-container-tabs-"]',
  box: '.ak-editor-content-area .ProseMirror[contenteditable="true"], #ak-editor-textarea',
  tabs: '[id^="comment-editor-container-tabs-"], [id^="issue-transition-comment-editor-container-tabs-"]',
  requester: '[data-testid="issue.views.field.user.reporter"], [data-testid*="reporter" i]',
  // The description is the customer's first message; later customer comments follow it in the page.
  message: '[data-testid="issue.views.field.rich-text.description"], [data-author-role="customer"] [data-testid$="ak-comment.body"]',
});
