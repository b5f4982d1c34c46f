// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { siteFor } from './index';

function dom(html: string): Document {
  document.body.innerHTML = html; // markup written by the test
  return document;
}

describe('choosing the adapter for a page', () => {
  it('goes by URL for hosted tools', () => {
    expect(siteFor('https://acme.zendesk.com/agent/tickets/1', dom('')).id).toBe('zendesk');
    expect(siteFor('https://acme.atlassian.net/browse/IT-1', dom('')).id).toBe('jira-service-management');
    expect(siteFor('https://mail.google.com/mail/u/0/', dom('')).id).toBe('gmail');
  });

  it('recognises self-hosted and demo pages by their DOM', () => {
    expect(siteFor('http://127.0.0.1:8080/', dom('<div data-test-id="omnichannel-channel-switcher-button"></div>')).id).toBe('zendesk');
    expect(siteFor('http://127.0.0.1:8080/jsm/', dom('<div class="ak-editor-content-area"></div>')).id).toBe('jira-service-management');
    expect(siteFor('https://jira.acme.example/browse/SD-1', dom('<div class="jira-wikifield"><textarea id="comment"></textarea></div>')).id).toBe('jira-data-center');
  });

  it('falls back to generic on pages it does not know', () => {
    expect(siteFor('https://help.acme.example/', dom('<textarea></textarea>')).id).toBe('generic');
  });
});
