// @vitest-environment happy-dom
// Public or internal from the markup shapes of real desks (written here from their public templates:
// osTicket ticket-view, Zammad article_new, FreeScout view + editor toolbar, GLPI form_followup,
// Znuny AgentTicketActionCommon, Bugzilla edit comment), plus the generic shapes the issue lists.
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeLayout } from '../layout.test-helper';
import { pageKind } from './page-kind';

beforeAll(fakeLayout);

/** Puts test-written markup in the page and returns the kind of the element with id="box". */
function kindOf(html: string): string {
  document.body.innerHTML = html;
  const box = document.getElementById('box');
  if (!box) throw new Error('no #box');
  return pageKind(box);
}

const HIDDEN = 'style="display:none"';

describe('tabs, radios, selects and toggles', () => {
  it('reads the selected tab by its label (aria-selected)', () => {
    const tabs = (sel: 1 | 2) => `<div><div role="tablist">
      <button role="tab" aria-selected="${sel === 1}">Reply</button><button role="tab" aria-selected="${sel === 2}">Internal note</button>
      </div><div><textarea id="box"></textarea></div></div>`;
    expect(kindOf(tabs(1))).toBe('public');
    expect(kindOf(tabs(2))).toBe('internal');
  });

  it('reads a checked radio', () => {
    const radios = (note: boolean) => `<form><fieldset>
      <label><input type="radio" name="visibility" value="p" ${note ? '' : 'checked'}> Reply to customer</label>
      <label><input type="radio" name="visibility" value="i" ${note ? 'checked' : ''}> Comment</label>
      </fieldset><textarea id="box"></textarea></form>`;
    expect(kindOf(radios(false))).toBe('public');
    expect(kindOf(radios(true))).toBe('internal');
  });

  it('reads the chosen option of a select', () => {
    const select = (v: string) => `<form><label>Visibility <select>
      <option ${v === 'p' ? 'selected' : ''}>Public</option><option ${v === 'i' ? 'selected' : ''}>Internal</option></select></label>
      <textarea id="box"></textarea></form>`;
    expect(kindOf(select('p'))).toBe('public');
    expect(kindOf(select('i'))).toBe('internal');
  });

  it('reads a pressed toggle (aria-pressed) and a segmented group\'s active button', () => {
    expect(kindOf(`<div><button aria-pressed="true">Internal</button><textarea id="box"></textarea></div>`)).toBe('internal');
    expect(kindOf(`<div><button aria-pressed="false">Internal</button><textarea id="box"></textarea></div>`)).toBe('public');
    const group = (active: 'reply' | 'note') => `<div><div class="btn-group">
      <button class="btn ${active === 'reply' ? 'active' : ''}">Reply</button><button class="btn ${active === 'note' ? 'active' : ''}">Note</button>
      </div><textarea id="box"></textarea></div>`;
    // Class-only state: read as "active button in a group" only through the send button / classes.
    expect(kindOf(`<div><div role="group"><button aria-pressed="true">Reply</button><button aria-pressed="false">Note</button></div><textarea id="box"></textarea></div>`)).toBe('public');
    expect(kindOf(`<div><div role="group"><button aria-pressed="false">Reply</button><button aria-pressed="true">Note</button></div><textarea id="box"></textarea></div>`)).toBe('internal');
    expect(['public', 'unknown']).toContain(kindOf(group('reply')));
  });

  it('reads the send button, and a heading or legend', () => {
    expect(kindOf(`<form><textarea id="box"></textarea><button type="submit">Post internal note</button></form>`)).toBe('internal');
    expect(kindOf(`<form><fieldset><legend>Nur intern sichtbar</legend><textarea id="box"></textarea></fieldset></form>`)).toBe('internal');
    expect(kindOf(`<section><h2>Reply to the customer</h2><div><textarea id="box"></textarea></div></section>`)).toBe('public');
  });

  it('says nothing from a lone "Reply" or "Add comment" button', () => {
    expect(kindOf(`<form><textarea id="box"></textarea><button type="submit">Add comment</button></form>`)).toBe('unknown');
    expect(kindOf(`<form><textarea id="box"></textarea><button type="submit">Send</button></form>`)).toBe('unknown');
  });

  it('leaves the toggles of another composer alone', () => {
    const html = `<div>
      <div class="a"><textarea id="box"></textarea><button>Send</button></div>
      <div class="b"><label><input type="checkbox" checked> Internal</label><textarea></textarea></div>
    </div>`;
    expect(kindOf(html)).toBe('unknown');
  });
});

describe('real desks, from their templates', () => {
  it('osTicket: the active "Post Reply" / "Post Internal Note" tab, one form shown at a time', () => {
    const page = (note: boolean) => `<div id="response_options"><ul class="tabs" id="response-tabs">
        <li class="${note ? '' : 'active'}"><a href="#reply" id="post-reply-tab">Post Reply</a></li>
        <li class="${note ? 'active' : ''}"><a href="#note" id="post-note-tab">Post Internal Note</a></li></ul>
      <form id="reply" class="tab_content" ${note ? HIDDEN : ''}><table><tbody><tr><td>
        <select id="reply-to"><option selected>All Active Recipients</option><option>— Do Not Email Reply —</option></select>
        <div class="redactor-box"><div ${note ? '' : 'id="box"'} class="redactor-in" contenteditable="true"></div></div>
        </td></tr></tbody></table><p><input type="submit" value="Post Reply"><input type="reset" value="Reset"></p></form>
      <form id="note" class="tab_content" ${note ? '' : HIDDEN}><table><tbody><tr><td>
        <label><strong>Internal Note:</strong></label>
        <div class="redactor-box"><div ${note ? 'id="box"' : ''} class="redactor-in" contenteditable="true"></div></div>
        </td></tr></tbody></table><p><input type="submit" value="Post Note"><input type="reset" value="Reset"></p></form></div>`;
    expect(kindOf(page(false))).toBe('public');
    expect(kindOf(page(true))).toBe('internal');
  });

  it('Zammad: the article form\'s is-internal / is-public class, with "set to …" icon titles', () => {
    const page = (internal: boolean) => `<form class="article-add ${internal ? 'is-internal' : 'is-public'}">
      <input type="hidden" name="internal" value="${internal}">
      <div class="editControls"><div class="editControls-item js-toggleVisibility">
        <div class="editControls-icon icon-internal" title="set to public" ${internal ? '' : HIDDEN}></div>
        <div class="editControls-icon icon-public" title="set to internal" ${internal ? HIDDEN : ''}></div></div></div>
      <div class="article-content"><div class="internal-border"><div class="textBubble">
        <div id="box" class="js-textarea richtext-content articleNewEdit-body" contenteditable="true"></div></div></div></div></form>`;
    expect(kindOf(page(false))).toBe('public');
    expect(kindOf(page(true))).toBe('internal');
  });

  it('FreeScout: the block\'s conv-note-block class, the visible "Send Reply" / "Add Note" button', () => {
    const page = (note: boolean) => `<div class="conv-block conv-reply-block conv-action-block ${note ? 'conv-note-block' : ''}">
      <form class="form-horizontal form-reply"><input type="hidden" name="is_note" value="${note ? '1' : ''}">
      <div class="conv-reply-body"><div class="note-editor note-frame"><div class="note-editing-area">
        <div id="box" class="note-editable" contenteditable="true"></div></div>
        <div class="note-statusbar"><div class="btn-group btn-group-send">
          <button type="button" class="btn btn-reply-submit btn-send-text" ${note ? HIDDEN : ''}>Send Reply</button>
          <button type="button" class="btn btn-reply-submit btn-add-note-text" ${note ? '' : HIDDEN}>Add Note</button>
        </div></div></div></div></form></div>`;
    expect(kindOf(page(false))).toBe('public');
    expect(kindOf(page(true))).toBe('internal');
  });

  it('GLPI: the follow-up\'s "Private" switch, labelled by an icon title', () => {
    const page = (priv: boolean) => `<div class="itilfollowup"><form name="asset_form"><div class="row">
      <div class="col-12 col-md-9"><div class="tox-tinymce"><div id="box" contenteditable="true"></div></div></div>
      <div class="col-12 col-md-3"><div class="row"><div class="form-field">
        <label class="col-form-label" for="is_private_42"><i class="fas fa-lock" title="Private"></i></label>
        <label class="form-check form-switch"><input type="hidden" name="is_private" value="0">
          <input type="checkbox" class="form-check-input" id="is_private_42" name="is_private" value="1" ${priv ? 'checked' : ''}></label>
      </div></div></div></div>
      <div class="card-footer"><button class="btn btn-primary" type="submit" name="add"><span>Add</span></button></div></form></div>`;
    expect(kindOf(page(false))).toBe('public');
    expect(kindOf(page(true))).toBe('internal');
  });

  it('Znuny (German): "Für Kunde sichtbar" below the editor', () => {
    const page = (visible: boolean) => `<div class="WidgetSimple" id="WidgetArticle"><div class="Header"><h2>Artikel hinzufügen</h2></div>
      <div class="Content"><fieldset class="TableLike"><div class="card-item">
        <div><label for="RichText">Text</label><div id="RichTextField" class="RichTextField"><div class="ck-editor"><div id="box" class="ck-editor__editable" contenteditable="true"></div></div></div></div>
        <div><div class="Field CheckboxContainer"><input type="checkbox" name="IsVisibleForCustomer" id="IsVisibleForCustomer" ${visible ? 'checked' : ''}>
          <label for="IsVisibleForCustomer">Für Kunde sichtbar:</label></div></div>
      </div></fieldset></div></div>`;
    expect(kindOf(page(true))).toBe('public');
    expect(kindOf(page(false))).toBe('internal');
  });

  it('Bugzilla: "Make comment private"', () => {
    const page = (priv: boolean) => `<form name="changeform"><div id="add_comment" class="bz_section_additional_comments">
      <label for="comment"><b>Additional Comments</b></label>
      <input type="checkbox" name="comment_is_private" id="newcommentprivacy" ${priv ? 'checked' : ''}>
      <label for="newcommentprivacy">Make comment private (visible only to members of the <strong>insidergroup</strong> group)</label>
      <textarea name="comment" id="box"></textarea></div><input type="submit" value="Save Changes"></form>`;
    expect(kindOf(page(false))).toBe('public');
    expect(kindOf(page(true))).toBe('internal');
  });
});

describe('hidden fields', () => {
  it('reads is_note / internal fields of the box\'s form, not a field named just "note"', () => {
    expect(kindOf(`<form><input type="hidden" name="is_note" value="1"><textarea id="box"></textarea></form>`)).toBe('internal');
    expect(kindOf(`<form><input type="hidden" name="internal" value="false"><textarea id="box"></textarea></form>`)).toBe('public');
    expect(kindOf(`<form><input type="hidden" name="note" value=""><textarea id="box"></textarea></form>`)).toBe('unknown');
  });
});
