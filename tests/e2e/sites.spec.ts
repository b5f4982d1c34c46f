// Every behaviour contract, against every fixture page (one real editor library per page).
import { test } from './harness';
import { CASES, type ContractId } from './contracts/cases';
import { detectsTheBox } from './contracts/detects-box';
import { readsTypedText } from './contracts/reads-text';
import { tellsPublicFromInternal } from './contracts/public-internal';
import { insertsAtCaretThenUndo } from './contracts/insert-undo';
import { replacesASpan } from './contracts/replace-span';
import { followsTicketSwitch } from './contracts/ticket-switch';
import { clearsWhenBoxRemoved } from './contracts/box-removal';
import { keepsThePageConsoleClean } from './contracts/quiet-console';

const only = process.env.SITES?.split(',');

for (const c of CASES) {
  if (only && !only.includes(c.fixture.name)) continue;
  const runs = (id: ContractId) => !c.contracts || c.contracts.includes(id);
  test.describe(c.fixture.name, () => {
    if (runs('detect')) detectsTheBox(c);
    if (runs('read')) readsTypedText(c);
    if (runs('public-internal')) tellsPublicFromInternal(c);
    if (runs('insert')) insertsAtCaretThenUndo(c);
    if (runs('replace')) replacesASpan(c);
    if (runs('ticket-switch')) followsTicketSwitch(c);
    if (runs('box-removal')) clearsWhenBoxRemoved(c);
    if (runs('quiet-console')) keepsThePageConsoleClean(c);
  });
}
