// One set of checks for the mood tests: a customer message, scored by the default pack through the
// public scorer beside a neutral reply, must (or must not) read as hurried or upset.
import { expect } from 'vitest';
import { createScorer, type Report } from '../index';

const scorer = createScorer();

/** The report's mood for `customerMessage` (the reply is a fixed neutral line). */
export const moodOf = (customerMessage: string): Report['mood'] => scorer.score('Thanks, I am on it.', { customerMessage }).mood;
/** Asserts `mood.hurry` is true; the message names the failing case. */
export const hurried = (m: string) => expect(moodOf(m), m).toMatchObject({ hurry: true });
/** Asserts `mood.hurry` is false. */
export const unhurried = (m: string) => expect(moodOf(m), m).toMatchObject({ hurry: false });
/** Asserts `mood.upset` is true. */
export const upset = (m: string) => expect(moodOf(m), m).toMatchObject({ upset: true });
/** Asserts `mood.upset` is false. */
export const calm = (m: string) => expect(moodOf(m), m).toMatchObject({ upset: false });
/** Asserts neither hurried nor upset. */
export const still = (m: string) => expect(moodOf(m), m).toMatchObject({ upset: false, hurry: false });
