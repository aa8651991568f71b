/**
 * @nianbao/core/browser — the browser-only part of core: what a page that shows the rendered
 * report does with the DOM (the tables from the keyboard). The VS Code preview and the web page
 * bundle it; the main entry stays free of DOM types, as `@nianbao/core/node` keeps Node's apart.
 */
export { tableKeyboard, type TableKeyboard, type TableKeyboardOptions } from "./table-keys.js";
export {
  activatesCell,
  gridMoveForKey,
  layoutSlots,
  moveInGrid,
  type CellSlot,
  type GridMove,
  type KeyPress,
} from "./grid-moves.js";
