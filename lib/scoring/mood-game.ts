// Session 36 (mood): the words of a game's world in a player's review. RULINGS U1 counts the customer's affect and
// evaluative or accusing words about the company or the service; a game review also tells what happens in the game
// ("you die from a single hit", "minimize your loss while taking out enemy units", "choose a gun", "you want some
// revenge"), and the sentiment lexicon (VADER, mood-sentiment.ts) rates those words as anger or distress. Read against
// the company ("you" is both the player and the studio in a Steam review), they made calm reviews upset in
// replies-roguedev, replies-gamedev and replies-indiesteam. Here those words are set aside when the message is about
// a game, as mood-sentiment.ts sets aside fault states in a bug report. English; pure (no DOM).

/**
 * Words that show a message is about a video game: the game itself and words only games use (not "level", "boss",
 * "player", "campaign", "HP": a battery level, the customer's boss, a media player, a marketing campaign, a laptop). Compared lower-case,
 * whole words. Source: the words of the corpus's Steam and mobile-game reviews (replies-gamedev, -roguedev, -puzzle,
 * -indiesteam), written as a class, not as rows' phrases.
 */
const GAME_CONTEXT =
  /(?<![\p{L}'’])(?:game|games|gameplay|gamer|gamers|multiplayer|co-?op|pvp|pve|npcs?|quests?|early\s+access|roguelike|roguelite|dlc|respawn|respawned|loadout|matchmaking)(?![\p{L}'’])/iu;

/**
 * What happens in a game's world — combat, death, enemies, weapons, losses of a match — rated negative by VADER but
 * telling the game's content, not the customer's feeling. Compared lower-case. Not "cheat"/"cheating" (an accusation
 * against players or the studio), not "unfair", "rigged" or "pay to win" (judgements of the service), and not the verbs a
 * player judges the game with ("the update killed the game", "destroyed", "ruined", "dead game", "doomed") nor a loss of the player's
 * own ("lost my progress").
 */
export const GAME_WORLD: ReadonlySet<string> = new Set(
  (
    'enemy enemies foe foes killer die dies died dying death deaths gun guns weapon weapons shoot shoots shooting shot ' +
    'shots fight fights fighting fought battle battles war wars attack attacks attacked defeat defeats defeated defeating ' +
    'revenge loot violent violence bomb bombs monster monsters trap traps strike strikes hit hits threat threats ' +
    'zombie zombies blood bloody hostile hunt hunted wounded wound wounds injury'
  ).split(' '),
);

/** Whether `text` (a customer's message) is about a video game: it holds a GAME_CONTEXT word. */
export function aboutGame(text: string): boolean {
  return GAME_CONTEXT.test(text);
}

/**
 * `sentence` with every GAME_WORLD word replaced by "xx" (a word VADER does not know, as mood-sentiment.ts neutralise
 * blanks fault states), so the lexicon reads only the player's own judgement. Offsets are not kept: use it for
 * scores and words, not for spans.
 */
export function blankGameWorld(sentence: string): string {
  return sentence.replace(/[\p{L}'’]+/gu, (w) => (GAME_WORLD.has(w.toLowerCase()) ? 'xx' : w));
}
