/** Lane bands and their labels: a keyed join over the layout's lanes. */
import type { Lane } from '../layout/types.js';
import type { SvgScene } from './svg-scene.js';
import { round } from './geometry.js';
import { estimateTextWidth } from './measure.js';
import { fitLabel } from '../layout/index.js';

export function renderLanes(scene: SvgScene, lanes: readonly Lane[], width: number): void {
  scene.lanes
    .selectAll<SVGGElement, Lane>('g.et-lane')
    .data(lanes, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g');
      g.append('rect').attr('class', 'et-lane-band');
      g.append('text').attr('class', 'et-lane-label');
      return g;
    })
    .attr('class', (_, i) => (i % 2 ? 'et-lane et-lane-odd' : 'et-lane'))
    .attr('transform', (d) => `translate(0,${round(d.y)})`)
    .call((g) =>
      g
        .select('rect')
        .attr('width', round(width))
        .attr('height', (d) => round(d.height)),
    )
    .call((g) =>
      g
        .select('text')
        .attr('x', 4)
        .attr('y', 12)
        // Long labels (article titles are often whole sentences) are shortened to the plot width.
        .text((d) => fitLabel(d.label, width - 8, (text) => estimateTextWidth(text, 12) * 1.1)),
    );
}
