// Each page publishes what its editor's own model holds, so tests can check that typed or inserted
// text really reached the editor (not only the DOM, which editors may overwrite).
export type BoxMode = 'public' | 'internal';

export interface FixtureApi {
  name: string;
  /** Draft of the active reply box, read from the editor's model (CKEditor model, PM doc, value…); async for editors that save asynchronously (Editor.js). */
  draft(): string | Promise<string>;
  /** Mode of the active reply box per the page's own toggle; null when the tool has none. */
  mode(): BoxMode | null;
  /** Id of the ticket in front, when the page has tickets. */
  activeTicket?(): number | null;
}

declare global {
  interface Window {
    fixture?: FixtureApi;
  }
}

export function exposeFixture(api: FixtureApi): void {
  window.fixture = api;
}
