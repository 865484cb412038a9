/**
 * The number a field holds, as form libraries show it: "3", "2,5", "-4", a
 * thousands gap ("12 500", also a no-break space), a mask's fill characters still
 * in the value ("2_", "__3", "1__ ___"), and a short unit a mask adds ("12 500 kr",
 * "3 st", "40 %"). Anything else (a sentence with a number in it) is no number:
 * `number-range` conditions are about a count or an amount, not a word in a note. Pure.
 */

/** A number, a unit of at most this many letters after it: "kr", "st", "timer", "barn". */
const FIELD_NUMBER = /^(-?\d{1,15}(?:[.,]\d{1,15})?)(?:[a-zåäöæøéü]{1,8}\.?|%)?$/i;

/** @returns the number, or undefined when `text` is not a number as a field shows one */
export function numberInField(text: string): number | undefined {
  // Mask fill (underscores) and digit-group gaps go; what is left must be one number and maybe a unit.
  const compact = text.replace(/[_\s]/g, '');
  const found = FIELD_NUMBER.exec(compact);
  return found ? Number((found[1] as string).replace(',', '.')) : undefined;
}
