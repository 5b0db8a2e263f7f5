/**
 * Which lanes are out of view, from an IntersectionObserver on the lane bands. It sees through every scrolling
 * ancestor and the page itself, and reports only when a lane crosses the edge of the view widened by half a
 * viewport above and below, so scrolling costs nothing until a lane is about to come into view.
 * Without IntersectionObserver (jsdom, Node) no lane is ever hidden.
 */
export interface LaneVisibility {
  /** Keys of lanes known to be out of view (a lane not reported yet counts as visible). */
  hidden(): ReadonlySet<string>;
  /** Observe lane nodes added since the last call and forget removed ones; call after each frame. */
  sync(): void;
  destroy(): void;
}

/**
 * `layer` holds one element per lane whose bound datum (d3's `__data__`) has the lane `key`; `undrawn` says which
 * lanes the last frame left out, so their coming into view redraws too.
 */
export function watchLaneVisibility(layer: Element, onChange: () => void, undrawn: (key: string) => boolean = () => false): LaneVisibility {
  const hidden = new Set<string>();
  const Observer = layer.ownerDocument.defaultView?.IntersectionObserver;
  if (!Observer) return { hidden: () => hidden, sync() {}, destroy() {} };
  const keys = new Map<Element, string>();
  const observer = new Observer(
    (entries) => {
      let changed = false;
      for (const entry of entries) {
        const key = keys.get(entry.target);
        if (key === undefined) continue;
        if (entry.isIntersecting ? hidden.delete(key) : !hidden.has(key) && !!hidden.add(key)) changed = true;
        // A lane the last frame left out (outside the view band it knew) is in view now.
        else if (entry.isIntersecting && undrawn(key)) changed = true;
      }
      if (changed) onChange();
    },
    { rootMargin: '50% 0px' },
  );
  return {
    hidden: () => hidden,
    sync() {
      for (const [node, key] of keys) {
        if (node.parentNode === layer) continue;
        observer.unobserve(node);
        keys.delete(node);
        hidden.delete(key);
      }
      for (let node = layer.firstElementChild; node; node = node.nextElementSibling) {
        const key = (node as Element & { __data__?: { key?: unknown } }).__data__?.key;
        if (typeof key !== 'string' || keys.get(node) === key) continue;
        if (keys.has(node)) hidden.delete(keys.get(node)!);
        keys.set(node, key);
        observer.observe(node);
      }
    },
    destroy() {
      observer.disconnect();
      keys.clear();
      hidden.clear();
    },
  };
}
