/**
 * Zoom and pan on the plot: d3-zoom handles wheel, trackpad pinch, touch pinch and drag; sideways trackpad
 * swipes pan. The transform d3-zoom reports is the only zoom state, horizontal only (see constrainTransform).
 * Animated zooms (toolbar, zoomTo, double click) step the transform once per animation frame themselves, so no
 * d3-transition is needed; with prefers-reduced-motion they jump.
 *
 * Each zoom is reported with its phase: 'motion' for the frames of a gesture or animation, 'final' for a jump or
 * the last frame of an animation. When a gesture ends (pointer up, touch end, the wheel idle for 150 ms) `onSettle`
 * follows, so the timeline lays out for real once the reader lets go.
 */
import { pointer, select } from 'd3-selection';
import { zoom, ZoomTransform, type ZoomBehavior } from 'd3-zoom';
import { constrainTransform } from './viewport.js';
import { dropInlineStyle } from './no-inline-style.js';

export interface ZoomControl {
  /** Go to a transform; animated only when asked and the reader has not asked for reduced motion. */
  apply(transform: ZoomTransform, animate: boolean): void;
  /**
   * Go to a transform as one step of a movement the page drives (a scroll-linked story): a 'motion' zoom, and
   * `onSettle` once no step came for MOVEMENT_IDLE_MS.
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
 * Movements without an end event (a sideways trackpad swipe, steps the page drives) are over when none came for
 * this long: d3-zoom's wheel delay.
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
  const svgSelection = select(svg);
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .extent(() => [
      [0, 0],
      [context.width(), Math.max(1, Number(svg.getAttribute('height') ?? 1))],
    ])
    .constrain((t) => constrainTransform(t, context.width()))
    .filter((event: Event) => {
      const e = event as WheelEvent & MouseEvent;
      // Sideways swipes are panned below; d3-zoom would read them as zoom.
      if (e.type === 'wheel' && Math.abs(e.deltaX) > Math.abs(e.deltaY)) return false;
      return (!e.ctrlKey || e.type === 'wheel') && !e.button;
    })
    .on('start', (event: { sourceEvent: unknown }) => {
      if (event.sourceEvent) stopAnimation(); // the reader takes over
    })
    .on('zoom', (event: { transform: ZoomTransform; sourceEvent: unknown }) =>
      context.onZoom(event.transform, event.sourceEvent || inMotion ? 'motion' : 'final'),
    )
    .on('end', (event: { sourceEvent: unknown }) => {
      if (event.sourceEvent) context.onSettle();
    });
  /** Set while a programmatic step belongs to a gesture or animation (d3-zoom reports those without a source event). */
  let inMotion = false;
  const moving = (step: () => void) => {
    inMotion = true;
    try {
      step();
    } finally {
      inMotion = false;
    }
  };
  svgSelection.call(behaviour);
  // d3-zoom would animate a double click with a d3 transition; zoom by 2 (shift: out) around the pointer instead.
  svgSelection.on('dblclick.zoom', null);
  dropInlineStyle(svg);

  let frame: number | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  /** A movement without an end event (a sideways swipe, steps the page drives) ends when none came for a while. */
  const settleLater = () => {
    if (idleTimer !== null) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      idleTimer = null;
      context.onSettle();
    }, MOVEMENT_IDLE_MS);
  };
  const requestFrame = (callback: () => void): number =>
    view?.requestAnimationFrame ? view.requestAnimationFrame(callback) : (setTimeout(callback, 16) as unknown as number);
  const cancelFrame = (id: number) => (view?.cancelAnimationFrame ? view.cancelAnimationFrame(id) : clearTimeout(id));
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
        svgSelection.call(behaviour.transform, to);
        return;
      }
      const u = ease(step / ANIMATION_FRAMES);
      const [a, b] = [a0 + (a1 - a0) * u, b0 + (b1 - b0) * u];
      const k = width / Math.max(b - a, 1e-9);
      frame = requestFrame(tick);
      moving(() => svgSelection.call(behaviour.transform, new ZoomTransform(k, -a * k, 0)));
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
    { signal: context.signal },
  );

  svg.addEventListener(
    'wheel',
    (event) => {
      if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
      event.preventDefault();
      moving(() => behaviour.translateBy(svgSelection, -event.deltaX / context.current().k, 0));
      settleLater();
    },
    { signal: context.signal, passive: false },
  );

  const reducedMotion = () => !view?.matchMedia || view.matchMedia('(prefers-reduced-motion: reduce)').matches;

  const control: ZoomControl = {
    apply(transform, animated) {
      const t = constrainTransform(transform, context.width());
      behaviour.scaleExtent([1, context.maxZoom()]);
      if (animated && !reducedMotion()) animate(t);
      else {
        stopAnimation();
        svgSelection.call(behaviour.transform, t);
      }
    },
    step(transform) {
      stopAnimation();
      behaviour.scaleExtent([1, context.maxZoom()]);
      moving(() => svgSelection.call(behaviour.transform, constrainTransform(transform, context.width())));
      settleLater();
    },
    scaleBy(factor, centreX) {
      stopAnimation();
      behaviour.scaleExtent([1, context.maxZoom()]);
      behaviour.scaleBy(svgSelection, factor, [centreX, 0]);
    },
    reset(transform) {
      stopAnimation();
      svgSelection.property('__zoom', transform);
    },
    destroy() {
      stopAnimation();
      if (idleTimer !== null) clearTimeout(idleTimer);
      svgSelection.on('.zoom', null);
    },
  };
  return control;
}

/** About a third of a second at 60 frames a second; counted in frames, so nothing reads the clock. */
const ANIMATION_FRAMES = 20;
const ease = (u: number) => (u < 0.5 ? 4 * u * u * u : 1 - (-2 * u + 2) ** 3 / 2);
