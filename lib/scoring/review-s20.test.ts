// Session 20's final review (15:06–15:13 UTC) tried the merged tree through `rapport score --report` and
// found four readings the session had made wrong. Customer messages and drafts written for this test.
import { describe, expect, it } from 'vitest';
import { reportsViaCli, type CliLine } from './test/cli-report';

const lines: CliLine[] = [
  // 1. sincere thanks for a request done is calm; thanks for losing the customer's own things is not
  { id: 'thanks-reset', customer_message: 'Thanks for resetting my password, all good.', text: 'Hi Sam, glad to help. Dana' },
  { id: 'thanks-delete-requested', customer_message: 'Thanks for deleting the old test accounts as requested.', text: 'Hi Sam, glad to help. Dana' },
  { id: 'thanks-remove', customer_message: 'Thanks for removing my old e-mail address from the list.', text: 'Hi Sam, glad to help. Dana' },
  { id: 'thanks-lost-mine', customer_message: 'Thanks a lot for deleting all my files during the migration.', text: 'Hi Sam, I am sorry. Dana' },
  // 2. "it works" with a problem still open is not solved; a demand is not a confirmation
  { id: 'works-however', customer_message: 'Works now, however the printer still shows offline on my laptop.', text: 'Hi Sam, glad to help. Dana' },
  { id: 'works-only', customer_message: 'It works now but only on wifi.', text: 'Hi Sam, glad to help. Dana' },
  { id: 'works-one-more', customer_message: 'Thanks, it works now! One more thing: my monitor flickers.', text: 'Hi Sam, glad to help. Dana' },
  { id: 'need-working', customer_message: 'I need the projector working NOW.', text: 'Hi Sam, on my way. Dana' },
  { id: 'works-thanks-again', customer_message: 'Thanks, it works perfectly now. Thanks again!', text: 'Glad it works.' },
  // 3. a redirect written after the sign-off is the agent's; a standing footer is not
  { id: 'after-signoff', text: "Hi Tom,\n\nI reset it.\n\nBest,\nDana\nSupport Team\n\nFor billing questions you'll need to contact billing@acme.example, we can't help with invoices here." },
  { id: 'standing-footer', text: 'Hi Tom,\n\nI reset it for you.\n\nBest,\nDana\nSupport Team\n\nContact our billing team at billing@acme.example for invoice questions.' },
  // 4. a setting raised is no escalation
  { id: 'raised-setting', text: "I've raised the session timeout to 8 hours." },
  { id: 'raised-report', text: "I've raised this with the vendor." },
];
const reports = reportsViaCli(lines);
const r = (id: string) => reports.get(id)!;
const situations = (id: string) => (r(id).situations ?? []).map((s) => s.id);

describe('session 20 final review: readings fixed', () => {
  it.each(['thanks-reset', 'thanks-delete-requested', 'thanks-remove'])('%s: sincere thanks is not upset', (id) => {
    expect(r(id).mood.upset).toBe(false);
  });
  it('thanks for deleting all my files is upset (sarcasm at a loss)', () => {
    expect(r('thanks-lost-mine').mood.upset).toBe(true);
  });
  it.each(['works-however', 'works-only', 'works-one-more', 'need-working'])('%s: not read as solved', (id) => {
    expect(situations(id)).not.toContain('resolved');
  });
  it('a plain "it works, thanks again" is still solved', () => {
    expect(situations('works-thanks-again')).toContain('resolved');
  });
  it('a redirect after the sign-off counts; a standing footer does not', () => {
    expect(r('after-signoff').signals['negative-language']).toBe(true);
    expect(r('standing-footer').signals['negative-language']).toBe(false);
  });
  it('"I\'ve raised the session timeout" gets no still-open note; "raised this with the vendor" does', () => {
    expect(r('raised-setting').findings.map((f) => f.ruleId)).not.toContain('expectation-when-open');
    expect(r('raised-report').findings.map((f) => f.ruleId)).toContain('expectation-when-open');
  });
});
