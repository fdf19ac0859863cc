/**
 * A phone number as a list shows it (个人信息保护): the first three and the last four digits, the
 * rest as *, separators kept — 138****0011, 073*-***3401. Text of fewer than eight digits shows
 * only its last two. Nothing else of the number is kept in the result.
 */
export function maskPhone(phone: string): string;
export function maskPhone(phone: string | null): string | null;
export function maskPhone(phone: string | null): string | null {
  if (phone === null) return null;
  const digits = phone.replace(/\D/g, "").length;
  const keepHead = digits >= 8 ? 3 : 0;
  const keepTail = digits >= 8 ? 4 : 2;
  let seen = 0;
  return phone.replace(/\d/g, (d) => {
    seen++;
    return seen <= keepHead || seen > digits - keepTail ? d : "*";
  });
}
