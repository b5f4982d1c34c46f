// Where each tool puts the control that sends a reply, and the ticket's title. Tools not listed here
// (and any tool whose markup changed) fall back to the generic reading in sent.ts: a button near the
// box whose name says send, submit, reply, post or save.

export interface SendControls {
  /** The tool's own send or submit control(s). */
  submit?: string;
  /** The ticket's subject, read inside `scope` when given. */
  subject?: string;
  /** The open ticket's container, so a background ticket's subject is not taken. */
  scope?: string;
}

export const SEND_CONTROLS: Readonly<Record<string, SendControls>> = {
  zendesk: {
    submit: '[data-test-id="submit_button-button"]',
    subject: '[data-test-id="ticket-pane-subject"], [data-test-id="omni-header-subject"]',
    scope: '[data-test-id^="ticket-"][data-test-id$="-custom-layout"]',
  },
  'jira-service-management': {
    submit: '[data-testid="comment-save-button"]',
    subject: '[data-testid="issue.views.issue-base.foundation.summary.heading"], h1',
  },
  'jira-data-center': { submit: '#issue-comment-add-submit', subject: '#summary-val' },
  servicenow: { submit: '#activity-submit, .activity-submit' },
  gmail: { submit: '[role="button"][data-tooltip^="Send"], .T-I.aoO', subject: 'h2.hP' },
};

/** Words that name a send control, in the languages Rapport speaks and a few more tools use. */
export const SEND_WORDS =
  /^(?:send|send reply|submit|submit as \w+|post|post reply|add comment|save|update|respond|antworten|senden|absenden|abschicken|speichern|kommentieren|envoyer|enviar|invia)\b/i;
