/** Lane bands and their labels: a keyed join over the layout's lanes. */
import type { Lane } from '../layout/types.js';
import { appendSvg, type SvgScene } from './svg-scene.js';
import { round } from './geometry.js';
import { orderNodes, setAttr, setText } from './attr.js';
import { estimateTextWidth } from './measure.js';
import { fitLabel } from '../layout/index.js';

/** `culled`: lanes scrolled out of view whose events are not drawn now, with how many; said on the lane node. */
export function renderLanes(scene: SvgScene, lanes: readonly Lane[], width: number, culled?: ReadonlyMap<string, number>): void {
  const layer = scene.lanes;
  // A keyed join: each lane keeps its node (lane-visibility.ts watches them), new lanes get one, gone lanes lose theirs.
  const old = new Map<string, Element>();
  for (let node = layer.firstElementChild; node; node = node.nextElementSibling) old.set((node as Bound).__data__?.key ?? '', node);
  const nodes = lanes.map((d, i) => {
    let node = old.get(d.key) as Bound | undefined;
    if (node) old.delete(d.key);
    else {
      node = appendSvg(layer, 'g');
      appendSvg(node, 'rect', { class: 'et-lane-band' });
      appendSvg(node, 'text', { class: 'et-lane-label' });
    }
    node.__data__ = d;
    // Only values that changed are written (see attr.ts).
    setAttr(node, 'class', i % 2 ? 'et-lane et-lane-odd' : 'et-lane');
    setAttr(node, 'transform', `translate(0,${round(d.y)})`);
    setAttr(node, 'data-undrawn', culled?.get(d.key));
    const band = node.querySelector('rect');
    if (band) {
      setAttr(band, 'width', round(width));
      setAttr(band, 'height', round(d.height));
    }
    const label = node.querySelector('text');
    if (label) {
      setAttr(label, 'x', 4);
      setAttr(label, 'y', 12);
      // Long labels (article titles are often whole sentences) are shortened to the plot width, once per label and
      // width (not on every zoom frame).
      const fitted = label as Fitted;
      if (fitted.__etFit?.label !== d.label || fitted.__etFit.width !== width) {
        fitted.__etFit = { label: d.label, width, text: fitLabel(d.label, width - 8, (text) => estimateTextWidth(text, 12) * 1.1) };
      }
      setText(label, fitted.__etFit.text);
    }
    return node;
  });
  for (const node of old.values()) node.remove();
  orderNodes(nodes);
}

type Bound = Element & { __data__?: Lane };
type Fitted = Element & { __etFit?: { label: string; width: number; text: string } };
