/**
 * The keys of the errors the API sends. The server puts one in a TRPCError's message; the web app
 * shows it in the user's language (messages `errors.<key>`). Shared here so both read one list.
 */
export const ERROR_KEYS = {
  signInRequired: "signInRequired",
  forbidden: "forbidden",
  notFound: "notFound",
  staleVersion: "staleVersion",
  wrongPassword: "wrongPassword",
  invalidInput: "invalidInput",
  cannotDisableSelf: "cannotDisableSelf",
  leadClosed: "leadClosed",
  ownZoneOnly: "ownZoneOnly",
  invalidCreditCode: "invalidCreditCode",
  creditCodeTaken: "creditCodeTaken",
  stageMissing: "stageMissing",
  sameStage: "sameStage",
  signedAfterMove: "signedAfterMove",
  futureDate: "futureDate",
  importHasProblems: "importHasProblems",
  taskWrongStep: "taskWrongStep",
  bulletinIssued: "bulletinIssued",
  notSpreadsheet: "notSpreadsheet",
  tooLarge: "tooLarge",
  tooManyRows: "tooManyRows",
  noHeader: "noHeader",
  empty: "empty",
  holidayOnWeekend: "holidayOnWeekend",
  workdayNotWeekend: "workdayNotWeekend",
} as const;
export type ErrorKey = keyof typeof ERROR_KEYS;
