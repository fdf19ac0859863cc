export * from "./cn";
export * from "./button";
export * from "./card";
export * from "./badge";
export * from "./form";
export * from "./states";
export * from "./table";
export * from "./chart";
