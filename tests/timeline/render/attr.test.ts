// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { setAttr, setText } from '../../../src/timeline/render/attr.js';

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
