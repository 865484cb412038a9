/**
 * The number a field holds, as form libraries show it: "3", "2,5", "-4", a
 * thousands gap ("12 500", also a no-break space), a mask's fill characters still
 * in the value ("2_", "__3", "1__ ___"), and a unit a mask adds ("12 500 kr",
 * "3 st", "40 %", "37,5 timer"). Anything else (a sentence with a number in it, a
 * date such as "12 mars") is no number:
 * `number-range` conditions are about a count or an amount, not a word in a note. Pure.
 */

/** A number, and maybe a unit masks add in en, sv, nb: money, pieces, hours, per cent. */
const FIELD_NUMBER = /^(-?\d{1,15}(?:[.,]\d{1,15})?)(?:kr|sek|nok|st|stk|pcs|h|tim|timmar|timer|hours|%)?\.?$/i;

/** @returns the number, or undefined when `text` is not a number as a field shows one */
export function numberInField(text: string): number | undefined {
  // Mask fill (underscores) and digit-group gaps go; what is left must be one number and maybe a unit.
  const compact = text.replace(/[_\s]/g, '');
  const found = FIELD_NUMBER.exec(compact);
  return found ? Number((found[1] as string).replace(',', '.')) : undefined;
}
