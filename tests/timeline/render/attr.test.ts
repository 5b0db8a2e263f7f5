// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { orderNodes, setAttr, setText } from '../../../src/timeline/render/attr.js';

const rect = () => document.createElementNS('http://www.w3.org/2000/svg', 'rect');

describe('setAttr', () => {
  it('writes strings, removes on null or undefined, and leaves the DOM as d3 .attr would', () => {
    const node = rect();
    setAttr(node, 'x', 3.5);
    setAttr(node, 'class', 'a');
    expect(node.getAttribute('x')).toBe('3.5');
    setAttr(node, 'x', null);
    expect(node.hasAttribute('x')).toBe(false);
    setAttr(node, 'x', 4);
    setAttr(node, 'class', undefined);
    expect(node.outerHTML).toBe('<rect x="4"></rect>');
  });

  it('skips a value the node has, without reading the DOM once it wrote it', () => {
    const node = rect();
    node.setAttribute('width', '10');
    const set = vi.spyOn(node, 'setAttribute');
    const get = vi.spyOn(node, 'getAttribute');
    setAttr(node, 'width', 10); // not written by setAttr yet: compared with the DOM once
    expect(get).toHaveBeenCalledTimes(1);
    expect(set).not.toHaveBeenCalled();
    setAttr(node, 'width', 10);
    setAttr(node, 'width', '10');
    expect(get).toHaveBeenCalledTimes(1);
    expect(set).not.toHaveBeenCalled();
    setAttr(node, 'width', 12);
    expect(set).toHaveBeenCalledTimes(1);
    expect(node.getAttribute('width')).toBe('12');
    const remove = vi.spyOn(node, 'removeAttribute');
    setAttr(node, 'width', null);
    setAttr(node, 'width', null);
    expect(remove).toHaveBeenCalledTimes(1);
  });
});

describe('setText', () => {
  it('rewrites a lone text node in place and empties on blank', () => {
    const node = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    setText(node, 'one');
    const text = node.firstChild;
    setText(node, 'two');
    expect(node.firstChild).toBe(text);
    expect(node.textContent).toBe('two');
    setText(node, null);
    expect(node.childNodes.length).toBe(0);
  });
});

describe('orderNodes', () => {
  const parentWith = (count: number) => {
    const parent = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    const nodes = Array.from({ length: count }, (_, i) => {
      const node = rect();
      node.setAttribute('id', `n${i}`);
      parent.append(node);
      return node;
    });
    return { parent, nodes };
  };
  const ids = (parent: Element) => [...parent.children].map((c) => c.id);
  const moves = (parent: Element) => {
    const insert = vi.spyOn(parent, 'insertBefore');
    const append = vi.spyOn(parent, 'appendChild');
    return () => insert.mock.calls.length + append.mock.calls.length;
  };

  it('moves nothing when the children are already in order', () => {
    const { parent, nodes } = parentWith(6);
    const count = moves(parent);
    orderNodes(nodes);
    expect(count()).toBe(0);
    expect(ids(parent)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5']);
  });
  it('moves only the node that is out of place', () => {
    const { parent, nodes } = parentWith(6);
    const count = moves(parent);
    orderNodes([nodes[0], nodes[2], nodes[3], nodes[4], nodes[5], nodes[1]]);
    expect(ids(parent)).toEqual(['n0', 'n2', 'n3', 'n4', 'n5', 'n1']);
    expect(count()).toBe(1);
  });
  it('puts any permutation in order, also with reversals', () => {
    const { parent, nodes } = parentWith(9);
    const wanted = [8, 7, 6, 5, 4, 3, 2, 1, 0].map((i) => nodes[i]);
    orderNodes(wanted);
    expect(ids(parent)).toEqual(wanted.map((n) => n.id));
    const shuffled = [3, 0, 8, 5, 1, 7, 2, 6, 4].map((i) => nodes[i]);
    orderNodes(shuffled);
    expect(ids(parent)).toEqual(shuffled.map((n) => n.id));
  });
});
