/**
 * Zoom and pan on the plot, the gestures d3-zoom handles, written out (horizontal only): a wheel zooms around the
 * pointer (a trackpad pinch comes as a wheel with ctrlKey, ten times stronger), a mouse drag pans and the click
 * that ends it is swallowed, one finger pans and two pinch. Sideways trackpad swipes pan. The transform reported is
 * the only zoom state (see constrainTransform). Animated zooms (toolbar, zoomTo, double click) step the transform
 * once per animation frame; with prefers-reduced-motion they jump.
 *
 * Each zoom is reported with its phase: 'motion' for the frames of a gesture or animation, 'final' for a jump or
 * the last frame of an animation. When a gesture ends (mouse up, the last finger lifted, the wheel idle for 150 ms
 * after the frame of its last notch) `onSettle` follows, so the timeline lays out for real once the reader lets go.
 */
import { pointer } from './pointer.js';
import { ZoomTransform } from './zoom-transform.js';
import { constrainTransform } from './viewport.js';

export interface ZoomControl {
  /** Go to a transform; animated only when asked and the reader has not asked for reduced motion. */
  apply(transform: ZoomTransform, animate: boolean): void;
  /**
   * Go to a transform as one step of a movement the page drives (a scroll-linked story): a 'motion' zoom, and
   * `onSettle` once no step came for MOVEMENT_IDLE_MS after the frame that drew the last one.
   */
  step(transform: ZoomTransform): void;
  /** Zoom by a factor around a plot x (keyboard and toolbar). */
  scaleBy(factor: number, centreX: number): void;
  /** Set the transform without a zoom event (after a resize or data update re-based the scale). */
  reset(transform: ZoomTransform): void;
  destroy(): void;
}

export type ZoomPhase = 'motion' | 'final';

/**
 * Movements without an end event (a wheel, a sideways trackpad swipe, steps the page drives) are over when none
 * came for this long after the frame that drew the last one: d3-zoom's wheel delay, counted from the frame so that
 * the time the page takes to draw a step is not taken for the reader's pause (on a slow or busy machine, a frame of
 * 150 ms ended every wheel gesture at each notch, and each notch then paid for a full layout and a new gesture).
 */
const MOVEMENT_IDLE_MS = 150;

export function createZoomControl(
  svg: SVGSVGElement,
  context: {
    width: () => number;
    maxZoom: () => number;
    current: () => ZoomTransform;
    onZoom: (transform: ZoomTransform, phase: ZoomPhase) => void;
    /** A gesture ended (after one or more 'motion' zooms). */
    onSettle: () => void;
    signal: AbortSignal;
  },
): ZoomControl {
  const view = svg.ownerDocument.defaultView;
  const { signal } = context;
  const listen = <K extends keyof SVGElementEventMap>(type: K, listener: (event: SVGElementEventMap[K]) => void, options: AddEventListenerOptions = {}) =>
    svg.addEventListener(type, listener, { signal, ...options });
  const constrain = (t: ZoomTransform) => constrainTransform(t, context.width());
  /** `t` scaled to `k` (within the zoom limits), then moved so the plot point `p` shows the unscaled x `x`. */
  const pin = (t: ZoomTransform, k: number, p: number, x: number) => {
    const scale = Math.min(context.maxZoom(), Math.max(1, k)) || t.k; // NaN: two fingers on one spot
    return constrain(new ZoomTransform(scale, p - x * scale, t.y));
  };
  /** Gestures under way (wheel, mouse, touch): the first to begin stops an animation, the last to end settles. */
  let active = 0;
  const begin = () => {
    if (active++ === 0) stopAnimation(); // the reader takes over
  };
  const end = () => {
    if (--active === 0) context.onSettle();
  };
  const emit = (t: ZoomTransform, phase: ZoomPhase) => context.onZoom(t, phase);
  /** Set while programmatic steps belong to a gesture or animation. */
  let inMotion = false;
  const moving = (step: () => void) => {
    inMotion = true;
    try {
      step();
    } finally {
      inMotion = false;
    }
  };
  const jump = (t: ZoomTransform) => emit(t, inMotion ? 'motion' : 'final');
  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  // The wheel: d3-zoom's step (2^(-deltaY / 500) a pixel of delta), around the point under the pointer.
  let wheel: { p: number; x: number } | null = null;
  let wheelPause: (() => void) | null = null;
  listen(
    'wheel',
    (event) => {
      if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) return; // a sideways swipe pans, below
      const t = context.current();
      const k = Math.min(context.maxZoom(), Math.max(1, t.k * 2 ** (-event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * (event.ctrlKey ? 10 : 1))));
      const [p] = pointer(event, svg);
      if (wheel) {
        if (wheel.p !== p) wheel = { p, x: t.invertX(p) };
        wheelPause?.();
      } else if (k === t.k) return; // at the limit: the page may scroll
      else {
        wheel = { p, x: t.invertX(p) };
        begin();
      }
      event.preventDefault();
      emit(pin(t, k, wheel.p, wheel.x), 'motion');
      wheelPause = afterPause(() => {
        wheelPause = null;
        wheel = null;
        end();
      });
    },
    { passive: false },
  );

  // A mouse drag pans, followed on the window so it goes on outside the plot.
  /** Ends the drag under way (its listeners on the window), if any. */
  let stopDrag = () => {};
  let dragActive = false;
  listen('mousedown', (event) => {
    if (event.ctrlKey || event.button) return;
    const win = event.view ?? view;
    if (!win) return;
    const replacing = dragActive; // a new drag replaces one whose mouseup was missed
    stopDrag();
    const [p0] = pointer(event, svg);
    const x = context.current().invertX(p0);
    const [cx, cy] = [event.clientX, event.clientY];
    let moved = false;
    const move = (event: MouseEvent) => {
      swallow(event);
      moved ||= event.clientX !== cx || event.clientY !== cy;
      const t = context.current();
      emit(pin(t, t.k, pointer(event, svg)[0], x), 'motion');
    };
    const up = (event: MouseEvent) => {
      stopDrag();
      swallow(event);
      // the click that ends a drag is no click on what is under the pointer
      if (moved) {
        win.addEventListener('click', swallow, true);
        setTimeout(() => win.removeEventListener('click', swallow, true), 0);
      }
      end();
    };
    // no native drag or text selection while panning
    const listeners = [['dragstart', swallow], ['selectstart', swallow], ['mousemove', move], ['mouseup', up]] as [string, (event: never) => void][];
    for (const [type, listener] of listeners) win.addEventListener(type, listener as EventListener, true);
    stopDrag = () => {
      for (const [type, listener] of listeners) win.removeEventListener(type, listener as EventListener, true);
      stopDrag = () => {};
      dragActive = false;
    };
    dragActive = true;
    event.stopImmediatePropagation();
    if (!replacing) begin();
  });

  // Touch: each finger keeps the unscaled x it went down on under it; two fingers set the scale by their distance.
  const fingers = new Map<number, { p: [number, number]; x: [number, number] }>();
  const rebase = () => {
    const t = context.current();
    for (const finger of fingers.values()) finger.x = [t.invertX(finger.p[0]), (finger.p[1] - t.y) / t.k];
  };
  listen(
    'touchstart',
    (event) => {
      if (event.ctrlKey) return;
      event.stopImmediatePropagation();
      if (fingers.size === 0) begin();
      const t = context.current();
      for (const touch of event.changedTouches) {
        if (fingers.size >= 2) break;
        const p = pointer(touch, svg) as [number, number];
        fingers.set(touch.identifier, { p, x: [t.invertX(p[0]), (p[1] - t.y) / t.k] });
      }
    },
    { passive: false },
  );
  listen(
    'touchmove',
    (event) => {
      if (fingers.size === 0) return;
      swallow(event);
      for (const touch of event.changedTouches) {
        const finger = fingers.get(touch.identifier);
        if (finger) finger.p = pointer(touch, svg) as [number, number];
      }
      const t = context.current();
      const [a, b] = [...fingers.values()];
      if (!b) return emit(pin(t, t.k, a.p[0], a.x[0]), 'motion');
      const k = Math.sqrt(distance2(a.p, b.p) / distance2(a.x, b.x));
      emit(pin(t, k, (a.p[0] + b.p[0]) / 2, (a.x[0] + b.x[0]) / 2), 'motion');
    },
    { passive: false },
  );
  const touchEnded = (event: TouchEvent) => {
    if (fingers.size === 0) return;
    event.stopImmediatePropagation();
    for (const touch of event.changedTouches) fingers.delete(touch.identifier);
    if (fingers.size > 0) rebase();
    else end();
  };
  listen('touchend', touchEnded);
  listen('touchcancel', touchEnded);

  let frame: number | null = null;
  const requestFrame = (callback: () => void): number =>
    view?.requestAnimationFrame ? view.requestAnimationFrame(callback) : (setTimeout(callback, 16) as unknown as number);
  const cancelFrame = (id: number) => (view?.cancelAnimationFrame ? view.cancelAnimationFrame(id) : clearTimeout(id));
  /** Call `callback` MOVEMENT_IDLE_MS after the next frame; returns its cancel function. */
  function afterPause(callback: () => void): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const id = requestFrame(() => (timer = setTimeout(callback, MOVEMENT_IDLE_MS)));
    return () => {
      cancelFrame(id);
      clearTimeout(timer);
    };
  }
  let idlePause: (() => void) | null = null;
  /** A movement without an end event (a sideways swipe, steps the page drives) ends when none came for a while. */
  const settleLater = () => {
    idlePause?.();
    idlePause = afterPause(() => {
      idlePause = null;
      context.onSettle();
    });
  };
  function stopAnimation(): void {
    if (frame !== null) cancelFrame(frame);
    frame = null;
  }
  /**
   * From the current transform to `to` in ANIMATION_FRAMES eased steps. The visible range's two ends move
   * linearly, so zooming out keeps what was shown in view and zooming in keeps the target in view throughout.
   */
  function animate(to: ZoomTransform): void {
    stopAnimation();
    const from = context.current();
    const width = context.width();
    const ends = (t: ZoomTransform) => [-t.x / t.k, (width - t.x) / t.k];
    const [a0, b0] = ends(from);
    const [a1, b1] = ends(to);
    let step = 0;
    const tick = () => {
      step++;
      if (step >= ANIMATION_FRAMES) {
        frame = null;
        jump(to);
        return;
      }
      const u = ease(step / ANIMATION_FRAMES);
      const [a, b] = [a0 + (a1 - a0) * u, b0 + (b1 - b0) * u];
      const k = width / Math.max(b - a, 1e-9);
      frame = requestFrame(tick);
      moving(() => jump(new ZoomTransform(k, -a * k, 0)));
    };
    frame = requestFrame(tick);
  }

  svg.addEventListener(
    'dblclick',
    (event) => {
      const [px] = pointer(event, svg);
      const current = context.current();
      const k = Math.min(context.maxZoom(), Math.max(1, current.k * (event.shiftKey ? 0.5 : 2)));
      control.apply(new ZoomTransform(k, px - ((px - current.x) / current.k) * k, 0), true);
    },
    { signal },
  );

  svg.addEventListener(
    'wheel',
    (event) => {
      if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
      event.preventDefault();
      const t = context.current();
      moving(() => jump(constrain(t.translate(-event.deltaX / t.k, 0))));
      settleLater();
    },
    { signal, passive: false },
  );

  // One query list, read live: asking matchMedia again on every zoomTo step cost a parse each time.
  const motionQuery = view?.matchMedia?.('(prefers-reduced-motion: reduce)');
  const reducedMotion = () => !motionQuery || motionQuery.matches;

  const control: ZoomControl = {
    apply(transform, animated) {
      const t = constrain(transform);
      if (animated && !reducedMotion()) animate(t);
      else {
        stopAnimation();
        jump(t);
      }
    },
    step(transform) {
      stopAnimation();
      moving(() => jump(constrain(transform)));
      settleLater();
    },
    scaleBy(factor, centreX) {
      stopAnimation();
      const t = context.current();
      jump(pin(t, t.k * factor, centreX, t.invertX(centreX)));
    },
    reset() {
      stopAnimation();
    },
    destroy() {
      stopAnimation();
      idlePause?.();
      wheelPause?.();
      stopDrag();
    },
  };
  return control;
}

const distance2 = (a: readonly number[], b: readonly number[]) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;

/** About a third of a second at 60 frames a second; counted in frames, so nothing reads the clock. */
const ANIMATION_FRAMES = 20;
const ease = (u: number) => (u < 0.5 ? 4 * u * u * u : 1 - (-2 * u + 2) ** 3 / 2);
