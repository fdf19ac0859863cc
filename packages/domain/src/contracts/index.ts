export * from "./project-list";
export * from "./project";
export * from "./lead";
export * from "./task";
export * from "./settings";
export * from "./service";
export * from "./cockpit";
