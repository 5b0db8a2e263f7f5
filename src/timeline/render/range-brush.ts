/**
 * The overview strip's range brush on Pointer Events: drag across the strip to choose a range, drag the range to
 * move it, drag one of its edges to resize it. It draws what d3-brush's brushX draws (an overlay, the selection
 * and a west and an east handle, with d3's attributes and cursors), for the part of it the strip uses (one axis,
 * no key modifiers): a tenth of d3-brush's size in the script-tag bundle. It writes attributes only, no inline
 * style (a hidden range is `display="none"`).
 */
import { pointer } from './pointer.js';
import { createSvg } from './svg-scene.js';
import { setAttr } from './attr.js';

/** A range in px, `x0 < x1`. */
export type BrushRange = readonly [x0: number, x1: number];

export interface RangeBrush {
  element: SVGGElement;
  /** The strip's size: the brush reaches over [0, width] and its full height. */
  resize(width: number, height: number): void;
  /** Show `range` (px), or nothing. Only the reader's drags are reported to `onBrush`, never a move. */
  move(range: BrushRange | null): void;
  destroy(): void;
}

/** Width of the grips at the range's ends, px (d3-brush's default). */
const HANDLE_PX = 6;

type DragMode = 'new' | 'move' | 'w' | 'e';

export function createRangeBrush(doc: Document, onBrush: (range: BrushRange) => void): RangeBrush {
  const rect = (attributes: Record<string, string>) => createSvg(doc, 'rect', attributes);
  const group = createSvg(doc, 'g', { fill: 'none', 'pointer-events': 'all' });
  const overlay = rect({ class: 'overlay', 'pointer-events': 'all', cursor: 'crosshair' });
  const selection = rect({ class: 'selection', cursor: 'move', fill: '#777', 'fill-opacity': '0.3', stroke: '#fff', 'shape-rendering': 'crispEdges' });
  const west = rect({ class: 'handle handle--w', cursor: 'ew-resize' });
  const east = rect({ class: 'handle handle--e', cursor: 'ew-resize' });
  group.append(overlay, selection, west, east);

  let width = 0;
  let height = 0;
  let range: BrushRange | null = null;
  let drag: { mode: DragMode; pointerId: number; x: number; from: BrushRange | null } | null = null;

  const draw = () => {
    const shown = range !== null;
    for (const node of [selection, west, east]) {
      setAttr(node, 'display', shown ? null : 'none');
      setAttr(node, 'height', shown ? (node === selection ? height : height + HANDLE_PX) : null);
      setAttr(node, 'y', shown ? (node === selection ? 0 : -HANDLE_PX / 2) : null);
    }
    setAttr(selection, 'x', range && range[0]);
    setAttr(selection, 'width', range && range[1] - range[0]);
    setAttr(west, 'x', range && range[0] - HANDLE_PX / 2);
    setAttr(east, 'x', range && range[1] - HANDLE_PX / 2);
    for (const handle of [west, east]) setAttr(handle, 'width', range && HANDLE_PX);
  };
  const clamp = (x: number) => Math.min(Math.max(x, 0), width);
  const ordered = (a: number, b: number): BrushRange => (a <= b ? [a, b] : [b, a]);

  const controller = new AbortController();
  const { signal } = controller;
  group.addEventListener(
    'pointerdown',
    (event) => {
      // As d3-brush: the primary button, no Ctrl (a context click on macOS).
      if (event.button || event.ctrlKey || drag) return;
      const target = event.target;
      const mode: DragMode = target === selection ? 'move' : target === west ? 'w' : target === east ? 'e' : 'new';
      drag = { mode, pointerId: event.pointerId, x: clamp(pointer(event, group)[0]), from: range };
      group.setPointerCapture?.(event.pointerId);
      event.preventDefault();
    },
    { signal },
  );
  group.addEventListener(
    'pointermove',
    (event) => {
      if (!drag || event.pointerId !== drag.pointerId) return;
      const x = clamp(pointer(event, group)[0]);
      const { mode, from } = drag;
      let next: BrushRange;
      if (mode === 'new' || !from) next = ordered(drag.x, x);
      else if (mode === 'move') {
        const shift = Math.min(Math.max(x - drag.x, -from[0]), width - from[1]);
        next = [from[0] + shift, from[1] + shift];
      } else next = ordered(x, mode === 'w' ? from[1] : from[0]);
      // A range of no width says nothing: the last one stays.
      if (next[1] - next[0] <= 0) return;
      range = next;
      draw();
      onBrush(range);
      event.preventDefault();
    },
    { signal },
  );
  const release = (event: PointerEvent) => {
    if (drag && event.pointerId === drag.pointerId) drag = null;
  };
  group.addEventListener('pointerup', release, { signal });
  group.addEventListener('pointercancel', release, { signal });

  return {
    element: group,
    resize(newWidth, newHeight) {
      width = newWidth;
      height = newHeight;
      setAttr(overlay, 'x', 0);
      setAttr(overlay, 'y', 0);
      setAttr(overlay, 'width', width);
      setAttr(overlay, 'height', height);
      draw();
    },
    move(next) {
      range = next && ordered(next[0], next[1]);
      draw();
    },
    destroy() {
      controller.abort();
      drag = null;
    },
  };
}
