export type SheetProblem = "notSpreadsheet" | "tooLarge" | "tooManyRows" | "noHeader" | "empty";

export class SheetError extends Error {
  constructor(public readonly problem: SheetProblem) {
    super(problem);
  }
}
