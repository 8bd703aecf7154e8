/**
 * kefu (客服): customer-service operations as a pure TypeScript library. The root entry
 * re-exports every module; import a subpath such as `kefu/core` to load only that module.
 *
 * @module kefu
 */

export * from "./calendar/index.js";
export * from "./care/index.js";
export * from "./cases/index.js";
export * from "./core/index.js";
export * from "./customers/index.js";
export * from "./kpi/index.js";
export * from "./satisfaction/index.js";
export * from "./sla/index.js";
