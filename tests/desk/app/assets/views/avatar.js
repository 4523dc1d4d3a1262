// @ts-check
import { h, hue, initials } from '../dom.js';

/** @param {string} name @param {string} [size] */
export function avatar(name, size = 'md') {
  return h('span', { class: `desk-avatar desk-avatar--${size}`, style: `--avatar-hue: ${hue(name)}`, 'aria-hidden': 'true' }, initials(name));
}
