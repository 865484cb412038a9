/**
 * A short, human-readable description of a control for the detection report,
 * so a supervisor tuning a pack can see which element an item was found in
 * (`select#ctl00_Main_ddlHousing`, `input[name="how-contacted"]`,
 * `div[role=combobox] in <intake-field>`). Never includes a value.
 */

const MAX_PART = 80;

function clip(text: string): string {
  return text.length > MAX_PART ? `${text.slice(0, MAX_PART)}…` : text;
}

export function describeControl(el: Element): string {
  let out = el.localName;
  const id = el.getAttribute('id');
  const name = el.getAttribute('name');
  const role = el.getAttribute('role');
  if (id) out += `#${clip(id)}`;
  else if (name) out += `[name="${clip(name)}"]`;
  else if (role) out += `[role=${clip(role)}]`;
  else if (el.hasAttribute('contenteditable')) out += '[contenteditable]';
  const root = el.getRootNode();
  if (root.nodeType === 11 && (root as ShadowRoot).host) out += ` in <${(root as ShadowRoot).host.localName}>`;
  return out;
}
