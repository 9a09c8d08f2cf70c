import { describe, expect, it } from 'vitest';
import { editorFrameSrc, editorSignal, isPressedOutside, newNonce, pressedOutsideRequest, readEditorSignal } from '../../../utils/annotator/editor-frame';

/** Stand-ins for windows: the checks compare identities only. */
const frame = {} as Window;
const page = {} as Window;
const ORIGINS = ['chrome-extension://0f2d7c9a-dynamic', 'chrome-extension://abcdefghijklmnop'];
const NONCE = 'a'.repeat(32);

describe('the note editor iframe channel', () => {
  it('builds the editor URL with the id and nonce as query parameters', () => {
    const src = editorFrameSrc('chrome-extension://abc/note-editor.html', 'id with &=?', NONCE);
    const url = new URL(src);
    expect(url.pathname).toBe('/note-editor.html');
    expect(url.searchParams.get('id')).toBe('id with &=?');
    expect(url.searchParams.get('nonce')).toBe(NONCE);
  });

  it('makes a fresh 128-bit nonce each time', () => {
    const a = newNonce();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(newNonce()).not.toBe(a);
  });

  it("accepts the editor's signal only from the iframe's window, an editor origin and with the nonce", () => {
    const ok = { source: frame, origin: ORIGINS[1] as string, data: editorSignal(NONCE, 'saved') };
    expect(readEditorSignal(ok, frame, ORIGINS, NONCE)).toBe('saved');
    expect(readEditorSignal({ ...ok, origin: ORIGINS[0] as string }, frame, ORIGINS, NONCE)).toBe('saved');
    // The page posting to its own window, even with the right nonce and origin string.
    expect(readEditorSignal({ ...ok, source: page }, frame, ORIGINS, NONCE)).toBeNull();
    // The frame navigated by the page to a page of its own.
    expect(readEditorSignal({ ...ok, origin: 'https://evil.example' }, frame, ORIGINS, NONCE)).toBeNull();
    expect(readEditorSignal({ ...ok, data: editorSignal('b'.repeat(32), 'saved') }, frame, ORIGINS, NONCE)).toBeNull();
    expect(readEditorSignal({ ...ok, data: { duban: 'note-editor', nonce: NONCE, action: 'explode' } }, frame, ORIGINS, NONCE)).toBeNull();
    expect(readEditorSignal({ ...ok, data: 'close' }, frame, ORIGINS, NONCE)).toBeNull();
    expect(readEditorSignal(ok, null, ORIGINS, NONCE)).toBeNull();
  });

  it("accepts the annotator's press-outside only from the parent window and with the nonce", () => {
    const ok = { source: page, data: pressedOutsideRequest(NONCE) };
    expect(isPressedOutside(ok, page, NONCE)).toBe(true);
    expect(isPressedOutside({ ...ok, source: frame }, page, NONCE)).toBe(false);
    expect(isPressedOutside({ ...ok, data: pressedOutsideRequest('') }, page, '')).toBe(false);
    expect(isPressedOutside({ ...ok, data: pressedOutsideRequest('x') }, page, NONCE)).toBe(false);
    expect(isPressedOutside({ ...ok, data: editorSignal(NONCE, 'close') }, page, NONCE)).toBe(false);
  });
});
