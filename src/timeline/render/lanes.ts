/** Lane bands and their labels: a keyed join over the layout's lanes. */
import type { Lane } from '../layout/types.js';
import type { SvgScene } from './svg-scene.js';
import { round } from './geometry.js';
import { setAttr, setText } from './attr.js';
import { estimateTextWidth } from './measure.js';
import { fitLabel } from '../layout/index.js';

/** `culled`: lanes scrolled out of view whose events are not drawn now, with how many; said on the lane node. */
export function renderLanes(scene: SvgScene, lanes: readonly Lane[], width: number, culled?: ReadonlyMap<string, number>): void {
  scene.lanes
    .selectAll<SVGGElement, Lane>('g.et-lane')
    .data(lanes, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g');
      g.append('rect').attr('class', 'et-lane-band');
      g.append('text').attr('class', 'et-lane-label');
      return g;
    })
    .each(function (d, i) {
      // Only values that changed are written (see attr.ts).
      setAttr(this, 'class', i % 2 ? 'et-lane et-lane-odd' : 'et-lane');
      setAttr(this, 'transform', `translate(0,${round(d.y)})`);
      setAttr(this, 'data-undrawn', culled?.get(d.key));
      const band = this.querySelector('rect');
      if (band) {
        setAttr(band, 'width', round(width));
        setAttr(band, 'height', round(d.height));
      }
      const label = this.querySelector('text');
      if (label) {
        setAttr(label, 'x', 4);
        setAttr(label, 'y', 12);
        // Long labels (article titles are often whole sentences) are shortened to the plot width.
        setText(label, fitLabel(d.label, width - 8, (text) => estimateTextWidth(text, 12) * 1.1));
      }
    });
}
