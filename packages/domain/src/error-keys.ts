/**
 * The keys of the errors the API sends. The server puts one in a TRPCError's message; the web app
 * shows it in the user's language (messages `errors.<key>`). Shared here so both read one list.
 */
export const ERROR_KEYS = {
  signInRequired: "signInRequired",
  forbidden: "forbidden",
  notFound: "notFound",
  staleVersion: "staleVersion",
  targetUnitOnly: "targetUnitOnly",
  wrongPassword: "wrongPassword",
  invalidInput: "invalidInput",
  cannotDisableSelf: "cannotDisableSelf",
  /** A trip's meeting is on a day of the trip. */
  meetingOutsideTrip: "meetingOutsideTrip",
  /** An administrator's account is not disabled by the system administrator: the security administrator first gives it another role. */
  administratorAccount: "administratorAccount",
  /** One's own role, unit or password is not changed from the accounts list. */
  cannotChangeSelf: "cannotChangeSelf",
  /** The unit is not of the kind the role sits in (a zone role in a zone, a department role in a department …). */
  unitRoleMismatch: "unitRoleMismatch",
  /** An enterprise's portal account is managed on the enterprise's page, not moved into a staff role. */
  notStaffAccount: "notStaffAccount",
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
  /** A retired chain node is history: it is not edited, linked or given sub-nodes. */
  chainNodeRetired: "chainNodeRetired",
  /** A link or a parent must be another live node of the same chain (a parent: of the same tier). */
  chainNodeMismatch: "chainNodeMismatch",
  notSpreadsheet: "notSpreadsheet",
  tooLarge: "tooLarge",
  tooManyRows: "tooManyRows",
  noHeader: "noHeader",
  badColumnMapping: "badColumnMapping",
  empty: "empty",
  holidayOnWeekend: "holidayOnWeekend",
  workdayNotWeekend: "workdayNotWeekend",
  approvalNameTaken: "approvalNameTaken",
  approvalWrongStep: "approvalWrongStep",
  approvalInUse: "approvalInUse",
  requestWrongStep: "requestWrongStep",
  notDepartment: "notDepartment",
  fileTooLarge: "fileTooLarge",
  fileNotAllowed: "fileNotAllowed",
  usernameTaken: "usernameTaken",
  mobileTaken: "mobileTaken",
  projectRequired: "projectRequired",
  /** Too many wrong passwords: locked for a while (the password change's check is limited as sign-in is). */
  tooManyTries: "tooManyTries",
  /** An account with a temporary password may do nothing but change it. */
  passwordChangeRequired: "passwordChangeRequired",
  /** A role the policy names must enrol a second factor before anything else. */
  secondFactorEnrolmentRequired: "secondFactorEnrolmentRequired",
  /** The code from the authenticator app is wrong, expired or already used. */
  secondFactorWrongCode: "secondFactorWrongCode",
  /** The account has a second factor already: disable it (or have it reset) before enrolling again. */
  secondFactorEnrolled: "secondFactorEnrolled",
  /** The account has no second factor (or no enrolment begun) to confirm, disable or renew. */
  secondFactorNotEnrolled: "secondFactorNotEnrolled",
  /** The policy requires a second factor for the account's role: it is not turned off. */
  secondFactorRequired: "secondFactorRequired",
  /** A robot address over plain http to a host the operator has not listed. */
  webhookHttpsOnly: "webhookHttpsOnly",
  /** A robot address that is a loopback, private, link-local or metadata address, not listed. */
  webhookPrivateAddress: "webhookPrivateAddress",
  /** A carrier cannot move to that state from where it is (available → in talks → taken). */
  carrierWrongState: "carrierWrongState",
  /** A carrier's kind stays as it was made (a parcel does not become a plant). */
  carrierKindFixed: "carrierKindFixed",
  /** A project registered or later (落地) takes no new carrier into talks. */
  carrierProjectLanded: "carrierProjectLanded",
  /** Something already has that value (a unique index answered, no more specific key). */
  duplicate: "duplicate",
  /** A new password shorter than the security administrator's policy asks (10 at least). */
  passwordBelowPolicy: "passwordBelowPolicy",
  /** A new password found in the list of common passwords, or a common word with digits around it. */
  passwordCommon: "passwordCommon",
  /** A new password holding the account name or the mobile number. */
  passwordPersonal: "passwordPersonal",
  /** A new password that is one of the account's last few. */
  passwordReused: "passwordReused",
  /** A target enterprise already raised as a lead or dropped: it is history. */
  prospectClosed: "prospectClosed",
  /** The server failed; the answer carries only a request id to quote. */
  internal: "internal",
} as const;
export type ErrorKey = keyof typeof ERROR_KEYS;
