/**
 * Zoom and pan on the plot: d3-zoom handles wheel, trackpad pinch, touch pinch and drag; sideways trackpad
 * swipes pan. The transform d3-zoom reports is the only zoom state, horizontal only (see constrainTransform).
 */
import { select } from 'd3-selection';
import { zoom, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import 'd3-transition';
import { constrainTransform } from './viewport.js';
import { dropInlineStyle } from './no-inline-style.js';

export interface ZoomControl {
  /** Go to a transform; animated only when asked and the reader has not asked for reduced motion. */
  apply(transform: ZoomTransform, animate: boolean): void;
  /** Zoom by a factor around a plot x (keyboard and toolbar). */
  scaleBy(factor: number, centreX: number): void;
  /** Set the transform without a zoom event (after a resize or data update re-based the scale). */
  reset(transform: ZoomTransform): void;
  destroy(): void;
}

export function createZoomControl(
  svg: SVGSVGElement,
  context: {
    width: () => number;
    maxZoom: () => number;
    current: () => ZoomTransform;
    onZoom: (transform: ZoomTransform) => void;
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
    .on('zoom', (event: { transform: ZoomTransform }) => context.onZoom(event.transform));
  svgSelection.call(behaviour);
  dropInlineStyle(svg);

  svg.addEventListener(
    'wheel',
    (event) => {
      if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
      event.preventDefault();
      behaviour.translateBy(svgSelection, -event.deltaX / context.current().k, 0);
    },
    { signal: context.signal, passive: false },
  );

  const reducedMotion = () => !view?.matchMedia || view.matchMedia('(prefers-reduced-motion: reduce)').matches;

  return {
    apply(transform, animate) {
      const t = constrainTransform(transform, context.width());
      behaviour.scaleExtent([1, context.maxZoom()]);
      if (animate && !reducedMotion()) svgSelection.transition().duration(350).call(behaviour.transform, t);
      else {
        svgSelection.interrupt();
        svgSelection.call(behaviour.transform, t);
      }
    },
    scaleBy(factor, centreX) {
      behaviour.scaleExtent([1, context.maxZoom()]);
      behaviour.scaleBy(svgSelection, factor, [centreX, 0]);
    },
    reset(transform) {
      svgSelection.interrupt();
      svgSelection.property('__zoom', transform);
    },
    destroy() {
      svgSelection.interrupt();
      svgSelection.on('.zoom', null);
    },
  };
}
