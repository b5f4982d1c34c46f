// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { chooseSite, siteFor } from './index';
import { EMPTY_SITE_SETTINGS, type CustomSite, type SiteSettings } from './settings';

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

describe('sites from the team pack', () => {
  const settings = (extra: Partial<SiteSettings>): SiteSettings => ({ ...EMPTY_SITE_SETTINGS, ...extra });
  const acme: CustomSite = {
    id: 'acme-desk',
    name: 'Acme Desk',
    match: ['https://desk.acme.example/tickets/*'],
    reply_box: '#reply-body',
    internal_marker: '.composer.is-note',
  };

  it('serves an in-house tool by its patterns, and only there', () => {
    const s = settings({ custom: [acme] });
    expect(chooseSite('https://desk.acme.example/tickets/12', dom('<textarea id="reply-body"></textarea>'), s).adapter.name).toBe('Acme Desk');
    expect(chooseSite('https://desk.acme.example/admin', dom('<textarea></textarea>'), s).adapter.id).toBe('generic');
  });

  it('lets an in-house entry take over a known host', () => {
    const own: CustomSite = { ...acme, id: 'our-zendesk', name: 'Our Zendesk', match: ['*://acme.zendesk.com/*'] };
    expect(chooseSite('https://acme.zendesk.com/agent/tickets/1', dom(''), settings({ custom: [own] })).adapter.id).toBe('our-zendesk');
  });

  it('switches a known tool off, found by URL or by DOM, and generic too when asked', () => {
    expect(chooseSite('https://mail.google.com/mail/u/0/', dom(''), settings({ disable: ['gmail'] }))).toMatchObject({ off: true });
    expect(chooseSite('https://acme.zendesk.com/agent/tickets/1', dom(''), settings({ disable: ['gmail'] }))).toMatchObject({ off: false });
    expect(chooseSite('https://jira.acme.example/browse/SD-1', dom('<div class="jira-wikifield"></div>'), settings({ disable: ['jira-data-center'] }))).toMatchObject({ off: true });
    expect(chooseSite('https://help.acme.example/', dom('<textarea></textarea>'), settings({ disable: ['generic'] }))).toMatchObject({ off: true });
  });
});
