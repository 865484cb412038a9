/**
 * The header of the table column a control stands in: in a question matrix ("Fråga | Ja | Nej | Vill inte svara",
 * one row per question, an unlabelled radio per cell) the column header is the option's label, as a screen reader
 * announces it. Read-only.
 */

/** A column header longer than this is a question or a note, not an option's words. */
const MAX_HEADER_CHARS = 80;

/**
 * @returns the trimmed text of the header cell above `control`'s cell (the last row of the table's `<thead>`, else the
 *   table's first row when it holds no form control and is not the control's own), counting `colspan`; null outside a
 *   table, for a cell that holds more than this one choice (its header names them all, "Svar"), in a table with cells
 *   spanning rows (columns no longer line up by counting), and for an empty or long header.
 */
export function columnHeaderOf(control: Element): string | null {
  const cell = control.closest('td,th');
  const row = cell?.parentElement;
  const table = row?.closest('table');
  if (!cell || !row || row.localName !== 'tr' || !table) return null;
  if (cell.querySelectorAll('input[type=radio], input[type=checkbox]').length > 1) return null;
  // DOM walking, not table.rows and cell.colSpan: the same in every DOM the reader runs in
  if (table.querySelector(':scope > * > tr > [rowspan]:not([rowspan="1"]), :scope > tr > [rowspan]:not([rowspan="1"])')) return null;
  const headRows = table.querySelectorAll(':scope > thead > tr');
  const headerRow = headRows[headRows.length - 1] ?? table.querySelector(':scope > tbody > tr, :scope > tr');
  if (!headerRow || headerRow === row) return null;
  if (headRows.length === 0 && headerRow.querySelector('input, select, textarea, [role=radio], [role=checkbox]')) return null;
  const column = columnOf(cell);
  let at = 0;
  for (const header of cellsOf(headerRow)) {
    const span = spanOf(header);
    if (column < at + span) {
      const text = (header.textContent ?? '').replace(/\s+/g, ' ').trim();
      return text !== '' && text.length <= MAX_HEADER_CHARS ? text : null;
    }
    at += span;
  }
  return null;
}

const isCell = (element: Element) => element.localName === 'td' || element.localName === 'th';
const cellsOf = (row: Element): Element[] => Array.from(row.children).filter(isCell);
const spanOf = (cell: Element): number => Math.max(1, Number.parseInt(cell.getAttribute('colspan') ?? '1', 10) || 1);

/** Where `cell` starts in its row, counting the columns each cell before it spans. */
function columnOf(cell: Element): number {
  let column = 0;
  for (let before = cell.previousElementSibling; before; before = before.previousElementSibling) if (isCell(before)) column += spanOf(before);
  return column;
}
