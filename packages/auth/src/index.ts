export * from "./password";
export * from "./session";
export * from "./sign-in";
export * from "./throttle";
