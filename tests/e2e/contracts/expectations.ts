// What each fixture page must produce in the per-tab state (contract 1). Plain data, so the unit
// registry test can check that every adapter has a fixture and every fixture has expectations.
import type { BoxKind } from '../../../lib/coach-state';

export interface Expectation {
  /** `site` in coach:tab:<id>. */
  site: string;
  /** Editor kind the content script reports. */
  editor: string;
  /** boxKind when the page opens, before any toggle. */
  kind: BoxKind;
}

export const EXPECTATIONS: Record<string, Expectation> = {
  zendesk: { site: 'zendesk', editor: 'ckeditor5', kind: 'public' },
  'jsm-cloud': { site: 'jira-service-management', editor: 'prosemirror', kind: 'public' },
  'jsm-cloud-transition': { site: 'jira-service-management', editor: 'prosemirror', kind: 'public' },
  // Data Center runs on the customer's own host: recognised by its DOM, reported as its own adapter.
  'jsm-dc': { site: 'jira-data-center', editor: 'tinymce', kind: 'public' },
  'jsm-dc-textarea': { site: 'jira-data-center', editor: 'textarea', kind: 'public' },
  servicenow: { site: 'servicenow', editor: 'textarea', kind: 'public' },
  'servicenow-single': { site: 'servicenow', editor: 'textarea', kind: 'public' },
  intercom: { site: 'intercom', editor: 'prosemirror', kind: 'public' },
  // Freshdesk and Kayako render Froala (.fr-box > .fr-wrapper > .fr-element.fr-view).
  freshdesk: { site: 'freshdesk', editor: 'froala', kind: 'public' },
  helpscout: { site: 'help-scout', editor: 'contenteditable', kind: 'public' },
  kayako: { site: 'kayako', editor: 'froala', kind: 'public' },
  gmail: { site: 'gmail', editor: 'contenteditable', kind: 'public' },
  lexical: { site: 'generic', editor: 'lexical', kind: 'unknown' },
  quill: { site: 'generic', editor: 'quill', kind: 'unknown' },
  'generic-textarea': { site: 'generic', editor: 'textarea', kind: 'unknown' },
  'generic-react': { site: 'generic', editor: 'textarea', kind: 'unknown' },
  'generic-iframe': { site: 'generic', editor: 'contenteditable', kind: 'unknown' },
  'generic-shadow': { site: 'generic', editor: 'textarea', kind: 'unknown' },
  heavy: { site: 'generic', editor: 'ckeditor5', kind: 'unknown' },
  slate: { site: 'generic', editor: 'slate', kind: 'unknown' },
  editorjs: { site: 'generic', editor: 'editorjs', kind: 'unknown' },
  froala: { site: 'generic', editor: 'froala', kind: 'unknown' },
  // A plain contenteditable until the agent types; then CKEditor 5 drives the same element.
  'ckeditor5-late': { site: 'generic', editor: 'contenteditable', kind: 'unknown' },
  'shadow-rich': { site: 'generic', editor: 'contenteditable', kind: 'unknown' },
  'zoho-desk': { site: 'zoho-desk', editor: 'contenteditable', kind: 'public' },
  front: { site: 'front', editor: 'prosemirror', kind: 'public' },
  hubspot: { site: 'hubspot', editor: 'prosemirror', kind: 'public' },
  salesforce: { site: 'salesforce', editor: 'ckeditor4', kind: 'public' },
  // No adapter knows these desks: public vs internal comes from their own controls (lib/sites/kind).
  osticket: { site: 'generic', editor: 'contenteditable', kind: 'public' },
  zammad: { site: 'generic', editor: 'contenteditable', kind: 'public' },
  freescout: { site: 'generic', editor: 'contenteditable', kind: 'public' },
  glpi: { site: 'generic', editor: 'tinymce', kind: 'public' },
  znuny: { site: 'generic', editor: 'ckeditor5', kind: 'public' },
  bugzilla: { site: 'generic', editor: 'textarea', kind: 'public' },
  // The Reply/Note choice is rendered only once the agent is in the box: unknown until then.
  'late-control': { site: 'generic', editor: 'quill', kind: 'unknown' },
};
