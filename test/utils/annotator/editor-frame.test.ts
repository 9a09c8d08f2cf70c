import { describe, expect, it } from 'vitest';
import { editorFrameSrc, editorSignal, handOffPorts, isPressedOutside, newNonce, portHandoff, pressedOutsideRequest, readEditorSignal, readPortHandoff } from '../../../utils/annotator/editor-frame';

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

  it('hands one fresh port to each editor origin, targeted at that origin, and keeps our ends', () => {
    const calls: Array<{ message: unknown; origin: string; transfer: Transferable[] }> = [];
    const target = { postMessage: (message: unknown, origin: string, transfer: Transferable[]) => void calls.push({ message, origin, transfer }) };
    const ours = handOffPorts(target, ORIGINS, NONCE);
    expect(calls.map((c) => [c.message, c.origin])).toEqual(ORIGINS.map((o) => [{ duban: 'note-editor-port', nonce: NONCE }, o]));
    // Never '*': a frame the page navigated elsewhere gets nothing.
    expect(calls.some((c) => c.origin === '*')).toBe(false);
    expect(ours).toHaveLength(2);
    const sent = calls.map((c) => c.transfer[0]);
    expect(sent[0]).not.toBe(sent[1]);
    for (const p of [...ours, ...(sent as MessagePort[])]) p.close();
    // A frame that is gone: no port kept.
    const gone = handOffPorts({ postMessage: () => { throw new Error('detached'); } }, ORIGINS, NONCE);
    expect(gone).toEqual([]);
  });

  it("accepts the port only from the parent window, with the editor's nonce", () => {
    const { port1, port2 } = new MessageChannel();
    const ok = { source: page, data: portHandoff(NONCE), ports: [port2] as readonly MessagePort[] };
    expect(readPortHandoff(ok, page, NONCE)).toBe(port2);
    expect(readPortHandoff({ ...ok, source: frame }, page, NONCE)).toBeNull();
    expect(readPortHandoff({ ...ok, data: portHandoff('x') }, page, NONCE)).toBeNull();
    expect(readPortHandoff({ ...ok, data: portHandoff('') }, page, '')).toBeNull();
    expect(readPortHandoff({ ...ok, data: { duban: 'note-editor', nonce: NONCE } }, page, NONCE)).toBeNull();
    expect(readPortHandoff({ ...ok, ports: [] }, page, NONCE)).toBeNull();
    port1.close();
    port2.close();
  });

  it('reads the signals on the port: the three actions one way, the press outside the other, nothing else', () => {
    expect(readEditorSignal(editorSignal('saved'))).toBe('saved');
    expect(readEditorSignal(editorSignal('deleted'))).toBe('deleted');
    expect(readEditorSignal({ duban: 'note-editor', action: 'explode' })).toBeNull();
    expect(readEditorSignal(pressedOutsideRequest())).toBeNull();
    expect(readEditorSignal('close')).toBeNull();
    expect(Object.keys(editorSignal('close')).sort()).toEqual(['action', 'duban']);
    expect(isPressedOutside(pressedOutsideRequest())).toBe(true);
    expect(isPressedOutside(editorSignal('close'))).toBe(false);
    expect(isPressedOutside(null)).toBe(false);
  });
});
