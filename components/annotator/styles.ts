/**
 * The annotator's CSS, inside its closed shadow root: nothing leaks into the page and the page's
 * CSS cannot reach in (the host has `all: initial`). The theme setting is `data-theme` on `.ui`
 * (components/annotator/AnnotatorOverlay.tsx): 'auto' follows the reader's colour scheme.
 */
export const ANNOTATOR_CSS = `
:host { color-scheme: light dark; }
* { box-sizing: border-box; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; }
.ui {
  --bg: #ffffff; --fg: #1f1f1f; --muted: #5f6368; --line: #d0d0d0; --focus: #1a73e8; --error-bg: #fdecea; --error-fg: #a50e0e;
  font: 13px/1.45 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
  color: var(--fg);
}
@media (prefers-color-scheme: dark) {
  .ui:not([data-theme="light"]) { --bg: #2b2b2b; --fg: #ececec; --muted: #b0b0b0; --line: #555; --focus: #8ab4f8; --error-bg: #5c1d1d; --error-fg: #ffb4ab; }
}
.ui[data-theme="dark"] { --bg: #2b2b2b; --fg: #ececec; --muted: #b0b0b0; --line: #555; --focus: #8ab4f8; --error-bg: #5c1d1d; --error-fg: #ffb4ab; color-scheme: dark; }
.ui[data-theme="light"] { color-scheme: light; }
.float {
  position: fixed; z-index: 2147483647; pointer-events: auto;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.22);
}
.toolbar { display: flex; flex-wrap: wrap; gap: 4px; padding: 4px; max-width: min(760px, calc(100vw - 16px)); outline: none; }
.toolbar:focus-visible, button:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
button {
  font: inherit; color: inherit; background: transparent; border: 1px solid transparent; border-radius: 6px;
  padding: 3px 8px; cursor: pointer; display: inline-flex; align-items: center; gap: 6px; white-space: nowrap;
}
button:hover { border-color: var(--line); }
button[disabled] { opacity: 0.5; cursor: default; }
button[aria-pressed="true"] { border-color: var(--focus); }
.swatch { width: 12px; height: 12px; border-radius: 3px; border: 1px solid rgba(0, 0, 0, 0.25); flex: none; }
.key { color: var(--muted); font-size: 11px; }
.error { flex-basis: 100%; background: var(--error-bg); color: var(--error-fg); border-radius: 6px; padding: 4px 8px; white-space: pre-wrap; }
/* The note editor page (entrypoints/note-editor) in its iframe, in the colour scheme of .ui (a
   mismatch would give the frame an opaque backdrop); it has its own focus rings inside,
   the frame's ring shows where the keyboard is from afar. */
.editor-frame { border: 1px solid var(--line); padding: 0; display: block; background: var(--bg); }
.editor-frame:focus { outline: 2px solid var(--focus); outline-offset: 1px; }
.editor-frame.retiring { visibility: hidden; pointer-events: none; }
.tooltip { padding: 6px 8px; max-width: min(360px, calc(100vw - 16px)); pointer-events: none; white-space: pre-wrap; }
.tooltip .cat { display: flex; gap: 6px; align-items: center; color: var(--muted); font-size: 11px; margin-bottom: 2px; }
`;
