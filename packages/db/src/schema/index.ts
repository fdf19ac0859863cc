export * from "./enums";
export * from "./org";
export * from "./user";
export * from "./enterprise";
export * from "./chain";
export * from "./project";
export * from "./approval";
export * from "./audit";
