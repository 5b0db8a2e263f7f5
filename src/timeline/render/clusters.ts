/** Clusters: a faint span and a count badge; activating one zooms into its span. */
import type { PlacedCluster } from '../layout/types.js';
import type { SvgScene } from './svg-scene.js';
import type { TimelineLabels } from './labels.js';
import { clusterAccessibleName } from './describe.js';
import { domId } from './ids.js';
import { round, translate } from './geometry.js';

export function renderClusters(
  scene: SvgScene,
  clusters: readonly PlacedCluster[],
  context: { idPrefix: string; labels: TimelineLabels; lang: string },
): void {
  scene.clusters
    .selectAll<SVGGElement, PlacedCluster>('g.et-cluster')
    .data(clusters, (d) => d.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'et-cluster');
      g.append('rect').attr('class', 'et-cluster-span');
      g.append('circle').attr('class', 'et-cluster-badge');
      g.append('text').attr('class', 'et-cluster-count');
      return g;
    })
    .attr('id', (d) => domId(context.idPrefix, 'cluster', d.key))
    .attr('data-count', (d) => d.count)
    .attr('role', 'img')
    .attr('aria-roledescription', context.labels.clusterRole)
    .attr('aria-label', (d) => clusterAccessibleName(d, context.lang, context.labels))
    .attr('transform', (d) => translate(d.x, d.y))
    .call((g) =>
      g
        .select('.et-cluster-span')
        .attr('x', (d) => round(d.x0 - d.x))
        .attr('y', -5)
        .attr('width', (d) => round(Math.max(2, d.x1 - d.x0)))
        .attr('height', 10)
        .attr('rx', 5),
    )
    .call((g) => g.select('.et-cluster-badge').attr('r', (d) => (d.count > 99 ? 12 : 10)))
    .call((g) =>
      g
        .select('.et-cluster-count')
        .attr('y', 4)
        .attr('text-anchor', 'middle')
        .text((d) => (d.count > 999 ? `${Math.round(d.count / 1000)}k` : String(d.count))),
    );
}
