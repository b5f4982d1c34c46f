// Jira Service Management Cloud: the Atlassian editor (ProseMirror) under tabs "Reply to customer" /
// "Add internal note". Which tab is which varies, so the selected tab's label decides, never its index.
import { defineSite } from './define';

export const jiraServiceManagement = defineSite({
  id: 'jira-service-management',
  matches: ['*://*.atlassian.net/*'],
  fingerprint: '.ak-editor-content-area, #ak-editor-textarea, [id^="comment-editor-container-tabs-"], [id^="issue-transition-comment-editor-container-tabs-"]',
  box: '.ak-editor-content-area .ProseMirror[contenteditable="true"], #ak-editor-textarea',
  tabs: '[id^="comment-editor-container-tabs-"], [id^="issue-transition-comment-editor-container-tabs-"]',
  name: '[data-testid*="reporter" i] [data-testid*="name" i], [data-testid*="reporter" i]',
  message: '[data-comment-author-role="customer"] .comment-body, [data-author-role="customer"] [data-testid*="comment-body" i], [data-author-role="customer"] .ak-renderer-document',
});
