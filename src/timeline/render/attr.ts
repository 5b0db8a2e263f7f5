/**
 * Attribute and text writes that skip values the node already has. A zoom or pan frame rewrites every mark,
 * but most attributes (ids, classes, names, sizes) keep their value; writing them anyway costs the setAttribute
 * call and, in a browser, style and layout invalidation of the node. The resulting DOM is the same as with
 * d3's `.attr` / `.text`: null removes the attribute, anything else is written as a string.
 *
 * What setAttr last wrote is remembered on the node, so an unchanged value costs no DOM read either (a
 * getAttribute per attribute per mark per frame cost more than the writes). Attributes that setAttr writes must
 * therefore be written only through it; an attribute it has not written yet is compared with the DOM once.
 */
import { isolateText } from '../format/isolate.js';
import { partitionPoint } from '../layout/bisect.js';

export type AttrValue = string | number | null | undefined;

type Remembered = Element & { __etAttrs?: Record<string, string | null> };

export function setAttr(node: Element, name: string, value: AttrValue): void {
  const known = ((node as Remembered).__etAttrs ??= Object.create(null) as Record<string, string | null>);
  const last = known[name];
  if (value === null || value === undefined) {
    if (last === null) return;
    if (last !== undefined || node.hasAttribute(name)) node.removeAttribute(name);
    known[name] = null;
    return;
  }
  const text = typeof value === 'string' ? value : String(value);
  if (last === text) return;
  if (last !== undefined || node.getAttribute(name) !== text) node.setAttribute(name, text);
  known[name] = text;
}

type Texted = Element & { __etRaw?: string; __etText?: string };

export function setText(node: Element, value: string | null | undefined): void {
  const raw = value ?? '';
  // A label pool rewrites the same texts every frame: the isolated form of the last one is remembered.
  const memo = node as Texted;
  const text = memo.__etRaw === raw ? memo.__etText! : isolateText(raw);
  memo.__etRaw = raw;
  memo.__etText = text;
  const only = node.firstChild;
  // A lone text child is rewritten in place rather than replaced by a new text node.
  if (only && only === node.lastChild && only.nodeType === 3) {
    if ((only as Text).data !== text && text !== '') (only as Text).data = text;
    else if (text === '') node.textContent = '';
  } else if (node.textContent !== text) node.textContent = text;
}

/**
 * Put `nodes` (children of one parent, holding nothing else) in the given order with as few moves as possible:
 * nodes on a longest run already in order stay, the rest are moved. The result is the order d3's
 * `selection.order()` gives, but d3 may move almost every node when one mark changes places, and a moved node
 * is restyled and laid out again in the browser.
 */
export function orderNodes(nodes: readonly Element[]): void {
  const n = nodes.length;
  if (n < 2) return;
  const parent = nodes[0].parentNode;
  if (!parent) return;
  // Most frames change no order (a pan, a zoom that keeps the marks): one walk over the children says so.
  let next = 0;
  for (let child = parent.firstChild; child && next < n; child = child.nextSibling) if (child === nodes[next]) next++;
  if (next === n) return;
  const index = new Map<Node, number>();
  let i = 0;
  for (let child = parent.firstChild; child; child = child.nextSibling) index.set(child, i++);
  const position = nodes.map((node) => index.get(node) ?? -1);
  // Longest increasing subsequence of the current positions (patience sorting with back links).
  const tails: number[] = [];
  const back = new Array<number>(n).fill(-1);
  for (let j = 0; j < n; j++) {
    const p = position[j];
    const lo = partitionPoint(0, tails.length, (t) => position[tails[t]] < p);
    if (lo > 0) back[j] = tails[lo - 1];
    tails[lo] = j;
  }
  const keep = new Uint8Array(n);
  for (let j = tails[tails.length - 1]; j >= 0; j = back[j]) keep[j] = 1;
  if (tails.length === n) return;
  for (let j = n - 1; j >= 0; j--) {
    if (keep[j]) continue;
    if (j === n - 1) parent.appendChild(nodes[j]);
    else parent.insertBefore(nodes[j], nodes[j + 1]);
  }
}

/**
 * A keyed join over the children of `parent` (which holds nothing else, or see `isMember`) that recycles nodes: nodes whose key is
 * still in `data` keep their datum's key; the nodes of keys that left are handed to keys that came (made by
 * `create` only when none are left), and what is still unused is removed. Each node gets its datum as
 * `__data__`, as a d3 join binds it, and the children end in data order (orderNodes) unless `options.ordered` is false. Use it only where every
 * node carries the same attributes in the same order whatever its datum, so a recycled node serialises like a
 * new one; zooming changes many keys at once (clusters, marks coming out of clusters), and a recycled node costs
 * a few attribute writes where a new one costs creation, styling and layout from scratch.
 */
export function joinRecycled<E extends Element, D>(
  parent: Element,
  data: readonly D[],
  key: (d: D) => string,
  create: () => E,
  options: JoinOptions = {},
): E[] {
  const { isMember, ordered = true } = options;
  type Bound = E & { __data__?: D };
  const byKey = new Map<string, Bound>();
  const spare: Bound[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (isMember && !isMember(child)) continue;
    const node = child as Bound;
    const k = node.__data__ === undefined ? undefined : key(node.__data__);
    if (k === undefined || byKey.has(k)) spare.push(node);
    else byKey.set(k, node);
  }
  const nodes: (Bound | undefined)[] = data.map((d) => {
    const k = key(d);
    const node = byKey.get(k);
    if (node) byKey.delete(k);
    return node;
  });
  for (const node of byKey.values()) spare.push(node);
  spare.reverse();
  const out = nodes.map((node, i) => {
    const n = node ?? spare.pop() ?? (parent.appendChild(create()) as Bound);
    n.__data__ = data[i];
    return n as E;
  });
  for (const node of spare) node.remove();
  if (ordered) orderNodes(out);
  return out;
}

export interface JoinOptions {
  /** Which children take part (default all); the others are left where they are. */
  isMember?: (node: Element) => boolean;
  /**
   * false: the nodes stay where they are (a recycled node in its place, a new one at the end), for pools whose
   * painting order does not matter (labels never overlap): each moved node is restyled and laid out again, its
   * text shaped again.
   */
  ordered?: boolean;
}
