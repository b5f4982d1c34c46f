import type { Alphabet, AlphabetId } from '../types';
import { din5009 } from './din5009';
import { icao } from './icao';
import { italian } from './italian';

export const ALPHABETS: Readonly<Record<AlphabetId, Alphabet>> = { icao, din5009, italian };
