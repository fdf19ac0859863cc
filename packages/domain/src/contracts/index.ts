// One file per aggregate: each input and shared shape once, as a zod schema; types are inferred from it.
export * from "./account";
export * from "./aftercare";
export * from "./approval";
export * from "./bulletin";
export * from "./cockpit";
export * from "./dispatch";
export * from "./enterprise";
export * from "./follow-up";
export * from "./lead";
export * from "./meeting";
export * from "./portal";
export * from "./preference";
export * from "./project";
export * from "./request";
export * from "./settings";
export * from "./task";
export * from "./transfer";
