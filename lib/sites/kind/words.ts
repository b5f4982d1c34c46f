// What the labels of a help desk's tabs, toggles and buttons say about who reads the box: the
// built-in vocabulary, English and German (plus the commonest French, Spanish and Dutch words), as
// data. A pack extends it with `sites.labels` (lib/rule-pack/schema.ts). Labels are compared after
// `normalizeLabel`, so every entry here is written lower-case, without accents, `-`/`_` as spaces.
//
// Sources: the labels of the tools themselves — osTicket ("Post Reply" / "Post Internal Note"),
// Zendesk ("Public reply" / "Internal note"), ServiceNow ("Work notes" / "Additional comments
// (Customer visible)"), Znuny ("Is visible for customer" / "Für Kunde sichtbar"), GLPI ("Private"),
// Bugzilla ("Make comment private"), FreeScout ("Send Reply" / "Add Note"), Jira Service Management
// ("Reply to customer" / "Add internal note"), Salesforce ("Email" / "Post").

/** Whose eyes: a reply the customer reads, or a note only the team sees. */
export type Audience = 'public' | 'internal';

/**
 * How much a label alone says. `strong`: enough on its own ("Internal note", "Visible to customer").
 * `weak`: only in contrast with a sibling that says the other thing ("Reply" next to "Note",
 * "Comment" next to "Reply"): a lone "Reply" button or "Add comment" says nothing about who reads it.
 */
export type Strength = 'strong' | 'weak';

export interface LabelRule {
  audience: Audience;
  strength: Strength;
  pattern: RegExp;
}

const PEOPLE = '(?:customers?|requesters?|requestors?|clients?|callers?|end ?users?|contacts?|users?|kunden?|kundin|anfragesteller\\w*|anrufer\\w*|endbenutzer\\w*|melder\\w*|clientes?|klanten?)';
const SEEN = '(?:sent|send|sends|senden|schicken|zusenden|visible|shown|show|seen|see|emailed|mailed|notified|gesendet|versendet|verschickt|geschickt|sichtbar|angezeigt|sehen|zugestellt|visibles?|envoye\\w*|enviad\\w*|zichtbaar|verzonden)';
const NOT = "(?:not|never|no|won't|wont|cannot|can't|cant|doesn't|doesnt|isn't|isnt|nicht|nie|kein\\w*|pas|jamais|nunca|niet|nooit)";
const TEAM = '(?:agents?|staff|team|teams|members?|colleagues|insiders?|employees?|support|agenten|mitarbeiter\\w*|kollegen|kolleginnen|intern|interne?)';

const w = (body: string) => new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${body})(?=$|[^\\p{L}\\p{N}])`, 'u');

/** Ordered: the first rule that matches a label decides (negated audiences before plain ones). */
export const BUILTIN_RULES: readonly LabelRule[] = [
  // "Not sent to the customer", "Nicht für Kunden sichtbar", "The customer will not see this".
  { audience: 'internal', strength: 'strong', pattern: w(`${NOT}\\b[^.]{0,40}?${SEEN}[^.]{0,30}?${PEOPLE}`) },
  { audience: 'internal', strength: 'strong', pattern: w(`${NOT}\\b[^.]{0,30}?${PEOPLE}[^.]{0,30}?${SEEN}`) },
  { audience: 'internal', strength: 'strong', pattern: w(`${PEOPLE}[^.]{0,20}?${NOT}\\b[^.]{0,20}?${SEEN}`) },
  { audience: 'internal', strength: 'strong', pattern: w(`(?:hidden|hide|verborgen|versteckt|ausgeblendet)[^.]{0,20}?${PEOPLE}`) },
  // "Only visible to agents", "Nur für Mitarbeiter sichtbar", "staff only", "nur intern".
  { audience: 'internal', strength: 'strong', pattern: w(`(?:only|nur|ausschliesslich|seulement|solo|alleen)[^.]{0,30}?${TEAM}`) },
  { audience: 'internal', strength: 'strong', pattern: w(`${TEAM}\\s+only`) },
  // "Visible to customer", "Sent to the requester", "Für Kunde sichtbar", "Additional comments (Customer visible)".
  { audience: 'public', strength: 'strong', pattern: w(`${SEEN}[^.]{0,12}?(?:to|for|by|an|fur|fuer|von|au|a|al|aan|voor)\\b[^.]{0,12}?${PEOPLE}`) },
  { audience: 'public', strength: 'strong', pattern: w(`(?:fur|fuer|an)\\s+(?:den\\s+|die\\s+)?${PEOPLE}\\s+${SEEN}`) },
  { audience: 'public', strength: 'strong', pattern: w(`${PEOPLE}\\s+(?:visible|facing|sichtbar)`) },
  { audience: 'public', strength: 'strong', pattern: w(`(?:reply|respond|answer|write|antworten|antwort|schreiben|repondre|responder|antwoorden)\\s+(?:to|an|a|al|aan)\\s+(?:the\\s+|den\\s+|die\\s+|le\\s+|el\\s+|de\\s+)?${PEOPLE}`) },
  // Plain words.
  { audience: 'internal', strength: 'strong', pattern: w('internal|internally|intern|interne|internen|interner|internes|interno|interna|private|privately|privat|private[rs]?|privee?|privado|privada|prive|notes?|notiz|notizen|vermerk|work ?notes?|arbeitsnotiz\\w*|staff|whisper') },
  { audience: 'public', strength: 'strong', pattern: w('public|publicly|offentlich\\w*|oeffentlich\\w*|publique|publico|publica|openbaar|e ?mail|e ?mails|email reply|mail') },
  { audience: 'internal', strength: 'weak', pattern: w('comments?|kommentar\\w*|commentaire|comentario|opmerking') },
  { audience: 'public', strength: 'weak', pattern: w('reply|replies|respond|response|answer|antwort\\w*|antworten|beantworten|repondre|reponse|responder|respuesta|antwoord\\w*|send|senden|envoyer|enviar|verzenden') },
];

/** Lower case, accents removed (für → fur), `_`/`-` and runs of white space as one space. */
export function normalizeLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[_\-–—]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Labels that a pack adds (`sites.labels`): each one is a strong signal, matched as whole words. */
export function packRules(labels: { internal?: readonly string[]; public?: readonly string[] } | undefined): LabelRule[] {
  const rules: LabelRule[] = [];
  const add = (audience: Audience, list: readonly string[] | undefined) => {
    for (const raw of list ?? []) {
      const text = normalizeLabel(raw);
      if (!text) continue;
      rules.push({ audience, strength: 'strong', pattern: w(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')) });
    }
  };
  add('internal', labels?.internal);
  add('public', labels?.public);
  return rules;
}
