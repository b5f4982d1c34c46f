/**
 * Session 46 (judge-t): teach (RULINGS T1/T2). Sentences written here (none copied from a corpus row).
 *
 * 1. The tracker's items (a bug, ticket, issue, report, pull request) are one list: word-classes.ts TRACKER_ITEM_NOUNS,
 *    part of CASE_NOUNS (the status reading) and the built-in pack class <tracker-item> the teach rule's tracker-state
 *    exception reads. Same answers as session 45's copy.
 * 2. A cause clause keeps teaching when a tracker-state clause follows it in the same sentence ("The crash happens
 *    because X, which is why the ticket is still open"): the "which is why <tracker state>" exception cancels only the
 *    "which is why" it overlaps, not the sentence. A pure status sentence ("the ticket is still open because we wait
 *    for QA", "…, which is why the ticket is still open" after no cause) still does not teach (T1: a bare status report,
 *    a reason that only justifies a triage decision).
 * 3. The status gate on the learned teach add reads the step verbs of the pack the scorer runs (its <howto> class), not
 *    only the default pack's: a team pack that adds a how-to verb sees a status sentence with that verb as a step.
 * 4. A cause the writer only wonders about is an indirect question, asked and not stated (T1; skip_questions drops the
 *    direct ones): "I wonder if the cache is the culprit", "not sure whether it is caused by the proxy". A cause stated
 *    outside the wondering clause in the same sentence still teaches.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../rule-pack/default-pack.generated';
import type { RulePack } from '../rule-pack/schema';
import { compileEngine } from './engine';
import { compileLearned, teachAddGated } from './learned';
import { isStatusReport, statusStepsOf } from './teach-reading';
import { signalCases } from './test/signal-cases';
import { CASE_NOUNS, compileWordClasses, TRACKER_ITEM_NOUNS } from './word-classes';

describe('the tracker items are one list (S46)', () => {
  it('are part of the case nouns and the built-in <tracker-item> class', () => {
    for (const w of TRACKER_ITEM_NOUNS) expect(CASE_NOUNS).toContain(w);
    expect(compileWordClasses(DEFAULT_PACK.word_classes)('tracker-item')).toEqual([...TRACKER_ITEM_NOUNS]);
  });

  it('a pack that defines its own <tracker-item> replaces the built-in list', () => {
    expect(compileWordClasses(DEFAULT_PACK.word_classes, { 'tracker-item': { words: ['card'] } })('tracker-item')).toEqual(['card']);
  });
});

signalCases(
  'a cause clause teaches even when a tracker-state clause follows in the same sentence; a tracker state alone does not (T1)',
  'teach',
  [
    'The crash happens because the importer drops the header row, which is why the ticket is still open.',
    'The export fails since the worker runs out of memory on large sheets, which is why the bug stays open for now.',
  ],
  [
    // No cause of the fault: the state and why it is kept so (triage).
    'Nobody has confirmed it on the new build yet, which is why the ticket is still open.',
    'The ticket is still open because we wait for QA.',
    'The issue stays open because we are waiting for the release manager to sign off.',
    'Still seeing it on the nightly, which is why the bug is still open.',
  ],
);

describe('the status gate reads the active pack’s how-to verbs (S46)', () => {
  // A team pack that adds "scan" to the how-to verbs (the default pack does not hold it).
  const howto = DEFAULT_PACK.word_classes!.howto!;
  const team: RulePack = {
    ...DEFAULT_PACK,
    id: 'team-s46t',
    word_classes: { ...DEFAULT_PACK.word_classes, howto: { ...howto, verbs: [...(howto.verbs ?? []), 'scan'] } },
  };
  const status = 'Your parcel has been dispatched, scan the code on the slip to follow it.';

  it('the default pack reads the sentence as a bare status, the team pack as a status with a step', () => {
    expect(isStatusReport(status)).toBe(true);
    expect(isStatusReport(status, statusStepsOf([...(howto.verbs ?? []), 'scan']))).toBe(false);
  });

  it('the learned layer compiled for the team pack does not gate the add; the default pack’s does', () => {
    // A model that would always add teach, so only the gate decides.
    const model = { labels: [{ signal: 'teach', bias: 10, weights: {}, add: 0.5 }] };
    const defEngine = compileEngine(DEFAULT_PACK);
    const defLayer = compileLearned(DEFAULT_PACK, model, defEngine);
    const defRun = defEngine.run(status);
    expect(defRun.signals.has('teach')).toBe(false);
    expect(teachAddGated(defRun, defLayer.features(defRun))).toBe(true);
    expect(defLayer.verdicts(defRun).some((v) => v.signal === 'teach')).toBe(false);

    const teamEngine = compileEngine(team);
    const teamLayer = compileLearned(team, model, teamEngine);
    const teamRun = teamEngine.run(status);
    // The rules alone do not set teach here, so it is the lifted gate that lets the model add it.
    expect(teamRun.signals.has('teach')).toBe(false);
    expect(teachAddGated(teamRun, teamLayer.features(teamRun), statusStepsOf([...(howto.verbs ?? []), 'scan']))).toBe(false);
    teamLayer.apply(teamRun);
    expect(teamRun.signals.has('teach')).toBe(true);
  });

  it('a near sentence with no step stays gated under the team pack', () => {
    const model = { labels: [{ signal: 'teach', bias: 10, weights: {}, add: 0.5 }] };
    const teamEngine = compileEngine(team);
    const teamLayer = compileLearned(team, model, teamEngine);
    const run = teamEngine.run('Your parcel has been dispatched and the courier will bring it on Friday.');
    teamLayer.apply(run);
    expect(run.signals.has('teach')).toBe(false);
  });
});

signalCases(
  'a cause the writer only wonders about (an indirect question) does not teach; a cause stated beside a wondering does (T1)',
  'teach',
  [
    'I am not sure if this helps, but the cache is the culprit: it keeps the old token until you log out.',
    'The freeze is caused by the old driver, and I wonder if you have updated it yet.',
    // Session 46 review (reviewer-2): with no comma the wondering must not run on through "but" into the stated cause.
    'Not sure if this helps but the cache is the culprit: it keeps the old token until you log out.',
    "I'm not sure if you're aware but the printer driver is the cause of this, since it rewrites the queue.",
  ],
  [
    'I wonder if the cache is the culprit here.',
    'I am not sure whether it is caused by the proxy or by the browser.',
    'I was wondering whether the old driver is the cause of the freeze.',
  ],
);
