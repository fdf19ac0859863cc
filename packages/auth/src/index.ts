export * from "./client-address";
export * from "./password";
export * from "./session";
export * from "./session-store";
export * from "./sign-in";
export * from "./throttle";
export * from "./password-policy";
