export const HELP = `rapport — score help-desk replies against a rule pack, locally

Usage:
  rapport score FILE|-  [--pack PACK] [--format json|text] [--summary] [--report] [--input jsonl|csv]
  rapport validate PACK
  rapport stats FILE...  [--out report.html] [--title TEXT] [--tz ZONE]
  rapport --help | --version

score     Reads replies from FILE, or from stdin when FILE is "-".
          JSONL: one object a line, {"id", "text", "customer_message"?, "customer_name"?,
          "subject"?, "sent_at"?}. CSV: a header row with a "text" column; "id", "customer_message",
          "customer_name", "subject" and "sent_at" columns are optional. The format follows the file extension
          (.jsonl/.json or .csv); on stdin it is guessed from the first character
          unless --input says. A record without an id is given its line number.
          Prints one JSON line per reply: {"id", "score", "signals", "findings", "mood"}.
          A reply with "sent_at" (ISO 8601 with offset, 2026-11-30T14:00:00+01:00) also
          gets "commitments": the agent's promises with a time, each {"text", "span",
          "due"} with "due" in the offset of "sent_at" (with --report: on every line).
  --pack PACK       Score with this rule pack (YAML or JSON) instead of the default pack.
  --format text     Human-readable findings instead of JSON lines.
  --report          Print the whole coaching report on each JSON line: prompts, closing
                    questions, bonus-tip advice, mood, situations, the score breakdown and
                    "commitments" too. Commitments are listed with or without "sent_at";
                    only a line with "sent_at" gives each one its "due".
  --summary         Instead of per-reply lines, print a per-signal table (how many replies
                    show each signal, mean score with and without it, most common findings)
                    to calibrate a pack on past replies.
  --input FORMAT    jsonl or csv, when the file name does not say.

validate  Checks a rule pack and prints each problem with its path inside the pack.

stats     Writes one self-contained HTML report (default rapport-stats.html) from agents'
          progress exports (JSON or CSV, "Export" on Rapport's progress page) and rapport
          score output (JSON lines): signals per file, mean score and signals per week.
          It opens offline and requests nothing. Each file counts as one agent or run.
  --out FILE        Where to write the report.
  --title TEXT      The report's title.
  --tz ZONE         Time zone for days and weeks (IANA name or +01:00); default: this machine's.

Exit status: 0 when everything was scored or the pack is valid; 1 when any line failed or the
pack was refused (each problem is printed on stderr); 2 on a usage error.
`;
