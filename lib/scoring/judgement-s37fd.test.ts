/**
 * Session 37 (fix-d), narrowing teach readings added this session (RULINGS T1, T2; reviewer findings on judge-a's lines).
 * - T1 (how something works): "The way X works, …" teaches only when X is a thing or system; "the way we work" is a
 *   service-level statement and "the way this is set up on your side" names an area only (T1 excludes area-only reasons,
 *   "something on your account").
 * - T1 (what went wrong): a fault named as the result of a mechanism teaches; the holiday backlog is the boilerplate
 *   reason T1 already leaves out ("due to the high volume / backlog", holidays), and praise ("the result of a lot of
 *   hard work", "of years of feedback") stays out.
 * The reviewer's sentences are quoted from its report (not data rows); the rest are written for this test.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  "teach: 'the way X works' needs a thing or system as X (T1)",
  'teach',
  ['The way the scheduler works, jobs queue until a worker is free.', 'The way the importer is built, every row is checked twice.'],
  [
    'The way we work, every ticket gets a reply within a day.',
    'The way this is set up on your side, the emails go to spam.',
    'The way our team works, nobody answers on weekends.',
    'The way I work, I answer the oldest tickets first.',
  ],
);

signalCases(
  'teach: a fault named as the result of a mechanism, not a holiday backlog or praise (T1)',
  'teach',
  [
    'The crash is the result of the race between the two threads.',
    'The freeze is the result of the queue running out of free slots under load.',
  ],
  [
    'The delay is the result of the holiday backlog in our warehouse.',
    'This is the result of a lot of hard work by our whole team!',
    'The new menu is the result of years of feedback from players like you.',
  ],
);
