/**
 * Session 43 (speed): rescoring while the agent types (incremental.ts) gives the report a fresh score gives, byte
 * for byte, after any edit. Drafts written for this test (never corpus rows) and drafts generated from sentences
 * written here, edited at seeded random places: characters typed and deleted, sentences split and joined, a
 * paragraph pasted, edits inside quoted text, the signature and the greeting, the customer's message changed.
 */
import { describe, expect, it } from 'vitest';
import { createScorer, forgetDrafts } from './index';
import { createTypingScorer, ScanMemo } from './incremental';
import { compileEngine, type ScanHook } from './engine';
import { DEFAULT_PACK } from '../rule-pack/default-pack.generated';
import { heldDraftEntries } from './draft-memory';
import type { ScoreContext } from './types';

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DRAFTS = [
  `Hi Priya,

Thanks for your patience while we looked into this. I'm sorry the invoice came out twice; that must have been confusing.
I've refunded the second charge to your card and you should see it within 3-5 business days.
This happened because the payment page timed out and the retry sent the order again. Next time, wait for the
confirmation screen before clicking Pay again.

You wrote "obviously nobody reads tickets" - I read every one, promise. Has that sorted it?

Best regards,
Tomasz
Billing Team | Example Ltd
Contact us at billing@example.com or +44 20 7946 0958`,
  `Hello,

> On Monday, Dana wrote:
> The app crashes on startup and I can't log in. This is urgent!!

Unfortunately we do not support version 2 any more. You'll need to update the app from the store, then go to
Settings > Account > Sign out and sign in again. Let me know if it still crashes after that.
See https://help.example.com/articles/crash-on-start for the steps with pictures.

Cheers,
Sam`,
  `Dear Mr Okafor,

I completely understand how frustrating this is, and I'm sorry we let you down. I have escalated the ticket to our
engineers and I will update you by Friday at noon. In the meantime, you can use the web version at app.example.com.
"No problem!" was the bot's answer, not ours - that was wrong of us.

Is there anything else I can help with?

Kind regards,
Lena`,
  'thanks, will do. just click reset and it works. as I said before, it is simply a cached password.',
];

/** Sentences to generate drafts from and to paste. */
const SENTENCES = [
  'Thanks for reaching out, Maria!',
  "I'm sorry to hear the order arrived damaged.",
  'I have sent a replacement and it will arrive on Tuesday.',
  'This happens because the cache keeps the old password.',
  'Go to Settings > Security and turn on two-step sign-in.',
  'Unfortunately we cannot refund orders older than 90 days.',
  'You will need to call our billing line at 0800 123 456.',
  'Let me know if that works for you?',
  'Please email support@example.org with the log file.',
  'He said "this is not possible" but it is.',
  'We never like hearing this.',
  'Calm down, it is just a setting.',
  'Best,\nJo',
  'Hi Sam,',
];

function generated(rnd: () => number, sentences: number): string {
  let out = '';
  for (let i = 0; i < sentences; i++) {
    out += SENTENCES[Math.floor(rnd() * SENTENCES.length)]!;
    out += rnd() < 0.2 ? '\n\n' : rnd() < 0.1 ? '\n' : ' ';
  }
  return out;
}

/** One random edit of `text`: the kinds an agent makes while typing, pasting and revising. */
function edit(text: string, rnd: () => number): string {
  const at = Math.floor(rnd() * (text.length + 1));
  const kind = Math.floor(rnd() * 9);
  const pick = <T,>(s: ArrayLike<T>): T => s[Math.floor(rnd() * s.length)]!;
  switch (kind) {
    case 0: // a character typed
      return text.slice(0, at) + pick('abcdefghijklmnopqrstuvwxyz ,.!?"\'\n>@-:ABCMST0123') + text.slice(at);
    case 1: // characters deleted
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 6));
    case 2: // a sentence split
      return text.slice(0, at) + '. ' + text.slice(at);
    case 3: {
      // a sentence joined to the next: its full stop removed
      const stop = text.indexOf('. ', at);
      return stop < 0 ? text : text.slice(0, stop) + ' ' + text.slice(stop + 2);
    }
    case 4: // a paragraph pasted
      return text.slice(0, at) + '\n\n' + generated(rnd, 1 + Math.floor(rnd() * 3)) + '\n\n' + text.slice(at);
    case 5: {
      // inside quoted text: a quote mark typed or a quoted line's words changed
      const q = text.search(/[">]/);
      const p = q < 0 ? at : q + 1 + Math.floor(rnd() * 20);
      return text.slice(0, p) + pick('"x >') + text.slice(p);
    }
    case 6: {
      // the signature: the last lines edited
      const p = Math.max(0, text.length - 1 - Math.floor(rnd() * 40));
      return text.slice(0, p) + pick(['\nCheers,\nAl', 'Regards', ' Jo', '\n--\n']) + text.slice(p + Math.floor(rnd() * 3));
    }
    case 7: {
      // the greeting: the opening words edited
      const p = Math.floor(rnd() * Math.min(15, text.length));
      return text.slice(0, p) + pick(['Hi ', 'Hello Dana, ', 'Dear ', 'x']) + text.slice(p + Math.floor(rnd() * 2));
    }
    default: // a word typed
      return text.slice(0, at) + pick(['sorry ', 'I will ', 'because ', 'https://x.example.com/a ', 'Anna ', 'not ']) + text.slice(at);
  }
}

const CONTEXTS: ScoreContext[] = [
  {},
  { customerMessage: 'My invoice was charged twice and nobody answers. Fix this today!! Priya' },
  { customerName: 'Dana', customerMessage: 'The app crashes every time I open it, I need it for work tomorrow.' },
];

const fresh = createScorer();
const same = (typing: ReturnType<typeof createTypingScorer>, text: string, context: ScoreContext) =>
  JSON.stringify(typing.score(text, context)) === JSON.stringify(fresh.score(text, context));

describe('incremental rescoring gives the report a fresh score gives', () => {
  it('after seeded random edits of drafts written for this test', () => {
    let steps = 0;
    let failed: string[] = [];
    DRAFTS.forEach((draft, d) => {
      CONTEXTS.forEach((context, c) => {
        const rnd = random(1000 * d + c + 1);
        const typing = createTypingScorer();
        let text = draft;
        for (let k = 0; k < 14; k++) {
          if (!same(typing, text, context)) failed.push(`draft ${d} context ${c} step ${k}`);
          steps++;
          text = edit(text, rnd);
        }
      });
    });
    failed = failed.slice(0, 5);
    expect(failed).toEqual([]);
    expect(steps).toBe(DRAFTS.length * CONTEXTS.length * 14);
  });

  it('after seeded random edits of long generated drafts, reusing most of the previous scan', () => {
    const failed: string[] = [];
    const typing = createTypingScorer();
    for (let seed = 1; seed <= 3; seed++) {
      const rnd = random(seed * 7919);
      let text = generated(rnd, 120);
      const context = CONTEXTS[seed % CONTEXTS.length]!;
      for (let k = 0; k < 12; k++) {
        if (!same(typing, text, context)) failed.push(`seed ${seed} step ${k}`);
        text = edit(text, rnd);
      }
    }
    expect(failed).toEqual([]);
    // Long drafts: most edits were rescored by a window, not a whole scan.
    expect(typing.stats.windows).toBeGreaterThan(typing.stats.whole);
    expect(typing.stats.windowTokens).toBeLessThan(typing.stats.tokens / 3);
  });

  it('when the customer message changes between keystrokes, and when the same draft comes again', () => {
    const typing = createTypingScorer();
    const text = DRAFTS[0]!;
    for (const context of [...CONTEXTS, ...CONTEXTS.slice().reverse()]) {
      expect(same(typing, text, context)).toBe(true);
      expect(same(typing, text.replace('Thanks', 'Thank you'), context)).toBe(true);
    }
  });
});

describe("the memo's hits are a whole scan's hits", () => {
  // Stricter than the reports: every phrase list's hits, which a report mostly does not show.
  /** A memo, and a hook that scores with a whole scan while noting each step (named by `label`) where the memo's hits differ. */
  const comparing = () => {
    const memo = new ScanMemo();
    const failed: string[] = [];
    let step = '';
    const check: ScanHook = (view, accept, table) => {
      const mine = memo.scan(view, accept, table);
      const whole = table.scanAll(view.scan, view.tokens, accept);
      if (JSON.stringify(mine) !== JSON.stringify(whole)) failed.push(step);
      return whole;
    };
    return { memo, failed, check, label: (name: string) => void (step = name) };
  };
  const engine = compileEngine(DEFAULT_PACK);
  it('after seeded random edits, for every entry of the table', () => {
    const { memo, failed, check, label } = comparing();
    for (let seed = 1; seed <= 4; seed++) {
      const rnd = random(seed * 104729);
      let text = seed === 1 ? DRAFTS.join('\n\n') : generated(rnd, 40 + 30 * seed);
      const context = CONTEXTS[seed % CONTEXTS.length]!;
      for (let k = 0; k < 40; k++) {
        label(`seed ${seed} step ${k}`);
        engine.run(text, context, { scan: check });
        text = edit(text, rnd);
      }
    }
    expect(failed.slice(0, 5)).toEqual([]);
    expect(memo.stats.windows).toBeGreaterThan(memo.stats.whole);
  });

  it('when a word is deleted and typed again, which breaks and restores every phrase through it', () => {
    // A phrase's hit that the restored word completes may start many words before it (a gap, an alternation):
    // the old draft's failed attempt there must not be reused.
    const { memo, failed, check, label } = comparing();
    const rnd = random(42);
    const before = generated(rnd, 50);
    const after = generated(rnd, 50);
    for (const [d, draft] of DRAFTS.slice(0, 3).entries()) {
      const words = [...draft.matchAll(/\S+/g)];
      for (let w = d; w < words.length; w += 3) {
        const m = words[w]!;
        const at = before.length + 2 + m.index;
        const whole = `${before}\n\n${draft}\n\n${after}`;
        label(`draft ${d} word ${w}`);
        engine.run(whole, {}, { scan: check });
        engine.run(whole.slice(0, at) + whole.slice(at + m[0].length), {}, { scan: check });
        engine.run(whole, {}, { scan: check });
      }
    }
    expect(failed.slice(0, 5)).toEqual([]);
    expect(memo.stats.windows).toBeGreaterThan(memo.stats.whole);
  });
});

describe('the typing memo is private to one reply box', () => {
  it('holds one draft at most, and forgetDrafts and forget drop it', () => {
    const typing = createTypingScorer();
    forgetDrafts();
    typing.score(DRAFTS[1]!, {});
    typing.score(DRAFTS[1]! + ' Thanks again!', {});
    expect(heldDraftEntries()).toBeGreaterThan(0);
    forgetDrafts();
    expect(heldDraftEntries()).toBe(0);
    typing.score(DRAFTS[2]!, {});
    typing.forget();
    const before = typing.stats.whole;
    // After forgetting, the next draft is scanned whole: nothing of the previous one is reused.
    expect(same(typing, DRAFTS[2]! + ' Bye.', {})).toBe(true);
    expect(typing.stats.whole).toBe(before + 1);
  });

  it('two reply boxes do not share a memo', () => {
    const a = createTypingScorer();
    const b = createTypingScorer();
    a.score(DRAFTS[0]!, {});
    expect(same(b, DRAFTS[0]!, {})).toBe(true);
    expect(b.stats.whole).toBe(1);
    expect(b.stats.windows).toBe(0);
  });
});
