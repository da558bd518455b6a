import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The build machines are small and often busy (Maven runs beside us): be patient with
// asynchronous UI, the assertions stay the same.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no layout; Grommet's Drop calls scrollTo when the namespace list opens.
window.scrollTo = () => {};

afterEach(() => cleanup());

// jsdom has no layout either for the virtualized table: give its scroll box (marked
// data-virtual-viewport) the size of a laptop window, so it renders the rows a browser would.
export const VIEWPORT = { width: 1200, height: 800 };
for (const [prop, size] of [['clientHeight', VIEWPORT.height], ['clientWidth', VIEWPORT.width]] as const) {
  const native = Object.getOwnPropertyDescriptor(Element.prototype, prop)!;
  Object.defineProperty(HTMLElement.prototype, prop, {
    configurable: true,
    get(this: HTMLElement) {
      return this.hasAttribute('data-virtual-viewport') ? size : native.get!.call(this);
    },
  });
}
