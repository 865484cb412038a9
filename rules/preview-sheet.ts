/**
 * A printable review sheet of a pack: every item with its question, open
 * rewordings, reasons and follow-ups, in every declared language, for a methods
 * group to review on paper. One self-contained HTML file (no scripts, no
 * external resources). Every piece of pack text goes through `escapeHtml`:
 * pack text is data, never markup.
 */
import type { PackIssue } from './pack-issues';
import { formatIssue } from './pack-issues';
import { isPositionRef, type LocalizedString, type OptionRef, type PackCondition, type PackFollowUp, type PackItem, type RulePack } from './pack-schema';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Build markup from trusted template parts and escaped values only. */
function html(strings: TemplateStringsArray, ...values: (string | SafeHtml | (string | SafeHtml)[])[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    const parts = Array.isArray(value) ? value : [value];
    out += parts.map((part) => (part instanceof SafeHtml ? part.value : escapeHtml(part))).join('');
    out += strings[i + 1] ?? '';
  });
  return new SafeHtml(out);
}

class SafeHtml {
  constructor(readonly value: string) {}
}

const SEVERITY_LABEL = { info: 'Info', warning: 'Warning', critical: 'Critical' } as const;
const REWORDING_KIND_LABEL = { direct: 'Asked directly, on purpose', fact: 'Asks for a fact' } as const;

export function renderPreviewSheet(pack: RulePack, warnings: PackIssue[] = []): string {
  const languages = pack.languages;
  const text = (value: LocalizedString | undefined, tag = 'p') => localized(value, languages, tag);
  const sections = pack.sections.map((section) => {
    const items = pack.items.filter((item) => (item.section ?? pack.sections[0]?.id) === section.id);
    return html`<section class="segment">
<h2>${text(section.title, 'span')}</h2>
${section.description ? text(section.description) : ''}
${section.precheck ? html`<div class="precheck"><h4>Checked before these questions</h4><ul>${section.precheck.map((check) => html`<li>${text(check, 'span')}</li>`)}</ul></div>` : ''}
${items.map((item) => renderItem(item, languages))}
</section>`;
  });
  const latest = pack.changelog.find((entry) => entry.version === pack.version);
  const page = html`<!doctype html>
<html lang="${languages[0] ?? 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${plain(pack.title)} ${pack.version}: review sheet</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body>
<header>
<h1>${text(pack.title, 'span')}</h1>
<dl class="meta">
<dt>Pack</dt><dd><code>${pack.id}</code> version ${pack.version}</dd>
<dt>Organisation</dt><dd>${text(pack.organisation, 'span')}</dd>
<dt>Languages</dt><dd>${languages.join(', ')}</dd>
<dt>Applies to</dt><dd>${pack.hosts.match.join(', ')}</dd>
<dt>Items</dt><dd>${String(pack.items.length)} in ${String(pack.sections.length)} sections; ${String(pack.items.filter((i) => i.required).length)} required</dd>
${latest ? html`<dt>Changes</dt><dd>${text(latest.changes, 'span')}</dd>` : ''}
</dl>
${pack.description ? text(pack.description) : ''}
${warnings.length > 0 ? html`<div class="warnings"><h2>Linter warnings (${String(warnings.length)})</h2><ul>${warnings.map((w) => html`<li>${formatIssue(w)}</li>`)}</ul></div>` : ''}
<p class="howto">Review each item: is every rewording an open question a client would understand? Does "why we ask" say what happens with the answer? Is every follow-up humane, and is each example resource confirmed for your area? Write on the sheet; the pack's owner updates the file.</p>
</header>
${sections}
</body>
</html>
`;
  return page.value;
}

function renderItem(item: PackItem, languages: string[]): SafeHtml {
  const text = (value: LocalizedString | undefined, tag = 'p') => localized(value, languages, tag);
  const badges = [
    item.required ? html`<span class="badge required">Required</span>` : '',
    item.sensitivity !== 'none' ? html`<span class="badge ${item.sensitivity}">${item.sensitivity}</span>` : '',
  ];
  const why = item.why;
  return html`<article class="item">
<h3><code>${item.id}</code>${item.code ? html` <small>${item.code.system} ${item.code.code}</small>` : ''} ${badges}</h3>
<div class="question"><h4>Official question</h4>${text(item.question)}</div>
${item.sayFirst ? html`<div class="say-first"><h4>Say first</h4>${text(item.sayFirst)}</div>` : ''}
<div class="rewordings"><h4>Rewordings</h4><ol>${item.rewordings.map(
    (r) => html`<li>${r.kind !== 'open' ? html`<span class="badge kind">${REWORDING_KIND_LABEL[r.kind]}</span>` : ''}${text(r.text)}${
      r.whenToUse ? html`<div class="when"><em>When:</em> ${text(r.whenToUse)}</div>` : ''
    }</li>`,
  )}</ol></div>
${item.worry ? html`<div class="worry"><h4>Asked as a worry (1 no worries … 7 very deep worry)</h4>${text(item.worry)}</div>` : ''}
${
  why
    ? html`<div class="why"><h4>Why we ask</h4><dl>
<dt>Purpose</dt><dd>${text(why.purpose)}</dd>
${why.basis ? html`<dt>Basis</dt><dd>${text(why.basis)}</dd>` : ''}
${why.whoSees ? html`<dt>Who sees the answer</dt><dd>${text(why.whoSees)}</dd>` : ''}
${why.whatNext ? html`<dt>What happens next</dt><dd>${text(why.whatNext)}</dd>` : ''}
</dl></div>`
    : ''
}
${item.followUps.length > 0 ? html`<div class="followups"><h4>Follow-ups</h4>${item.followUps.map((f) => renderFollowUp(f, languages))}</div>` : ''}
<p class="locators">Found by: ${describeLocators(item)}</p>
</article>`;
}

function renderFollowUp(followUp: PackFollowUp, languages: string[]): SafeHtml {
  const text = (value: LocalizedString | undefined, tag = 'p') => localized(value, languages, tag);
  return html`<div class="followup ${followUp.severity}">
<p class="trigger"><span class="badge ${followUp.severity}">${SEVERITY_LABEL[followUp.severity]}</span> <code>${followUp.id}</code> when ${describeCondition(followUp.when)}</p>
${followUp.summary ? html`<div class="summary"><strong>Summary:</strong> ${text(followUp.summary, 'span')}</div>` : ''}
${text(followUp.prompt)}
${
  followUp.nextSteps.length > 0
    ? html`<h5>Next steps (a checklist)</h5><ul>${followUp.nextSteps.map((step) => html`<li>${text(step)}</li>`)}</ul>`
    : ''
}
${
  followUp.resources.length > 0
    ? html`<h5>Safety resources</h5><ul>${followUp.resources.map(
        (r) => html`<li>${text(r.name, 'span')}${r.phone ? ` · ${r.phone}` : ''}${r.url ? ` · ${r.url}` : ''}${
          r.hours ? html` · ${text(r.hours, 'span')}` : ''
        }${r.languages ? ` · shown in ${r.languages.join(', ')}` : ''}${r.example ? html` <strong class="example">Example: confirm for your area</strong>` : ''}</li>`,
      )}</ul>`
    : ''
}
</div>`;
}

/** A condition in words: `the answer mentions "suicide" or "kill myself"`. */
export function describeCondition(condition: PackCondition): string {
  if (condition.answered) return 'any answer is given';
  if (condition.option !== undefined) return `the option chosen is ${quoteAll([condition.option])}`;
  if (condition.optionIn) return `the option chosen is one of ${quoteAll(condition.optionIn)}`;
  if (condition.number) {
    const { min, max } = condition.number;
    if (min !== undefined && max !== undefined) return `the number is from ${min} to ${max}`;
    return min !== undefined ? `the number is ${min} or more` : `the number is ${max} or less`;
  }
  if (condition.mentions !== undefined) {
    const concepts = typeof condition.mentions === 'string' ? [condition.mentions] : condition.mentions;
    return `the answer mentions ${concepts.map((c) => `[${c}]`).join(' or ')} (any person, inflection or typo; negated: a quiet check-in)`;
  }
  if (condition.text !== undefined) {
    const lists = Array.isArray(condition.text) ? { '': condition.text } : condition.text;
    const parts = Object.entries(lists).map(([language, list]) => `${language ? `(${language}) ` : ''}${list.map((p) => `"${p}"`).join(', ')}`);
    return `the answer mentions any of ${parts.join('; ')}`;
  }
  if (condition.anyOf) return `any of: (${condition.anyOf.map(describeCondition).join(') or (')})`;
  if (condition.allOf) return `all of: (${condition.allOf.map(describeCondition).join(') and (')})`;
  return 'never';
}

function quoteAll(values: OptionRef[]): string {
  return values
    .map((value) =>
      isPositionRef(value)
        ? `option number ${value.position}`
        : typeof value === 'string'
          ? `"${value}"`
          : Object.values(value).map((v) => `"${v}"`).join(' / '),
    )
    .join(', ');
}

function describeLocators(item: PackItem): string {
  const { selector, name, label } = item.locators;
  const parts: string[] = [];
  if (selector) parts.push(`selector ${[selector].flat().join(', ')}`);
  if (name) parts.push(`name ${[name].flat().join(', ')}`);
  if (label) {
    const labels = typeof label === 'string' || Array.isArray(label) ? [label].flat() : Object.values(label).flat();
    parts.push(`label ${labels.map((l) => `"${l}"`).join(', ')}`);
  }
  parts.push('the question text');
  return parts.join('; ');
}

/** Each declared language on its own line, tagged, so reviewers compare translations side by side. */
function localized(value: LocalizedString | undefined, languages: string[], tag: string): SafeHtml | string {
  if (value === undefined) return '';
  const open = new SafeHtml(`<${tag}`);
  const close = new SafeHtml(`</${tag}>`);
  if (typeof value === 'string') return html`${open}>${value}${close}`;
  const present = languages.filter((language) => value[language] !== undefined);
  const missing = languages.filter((language) => value[language] === undefined);
  return html`${present.map(
    (language) => html`${open} lang="${language}"><span class="lang">${language}</span> ${value[language] ?? ''}${close}`,
  )}${missing.map((language) => html`${open} class="missing"><span class="lang">${language}</span> (no translation)${close}`)}`;
}

function plain(value: LocalizedString): string {
  return typeof value === 'string' ? value : (Object.values(value)[0] ?? '');
}

const STYLE = `
body { font: 11pt/1.4 Georgia, 'Times New Roman', serif; margin: 2cm; color: #111; }
h1 { font-size: 18pt; margin: 0 0 .3em; } h2 { font-size: 14pt; border-bottom: 2px solid #333; margin-top: 1.5em; }
h3 { font-size: 12pt; margin: 0 0 .4em; } h4 { font-size: 9pt; text-transform: uppercase; letter-spacing: .05em; color: #555; margin: .6em 0 .2em; }
h5 { font-size: 9pt; margin: .4em 0 .1em; } p, dd, li { margin: .1em 0; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1em; } .meta dt { font-weight: bold; }
.item { border: 1px solid #999; border-radius: 4px; padding: .6em .8em; margin: .8em 0; break-inside: avoid; page-break-inside: avoid; }
.why dl { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1em; margin: 0; } .why dt { font-style: italic; }
.followup { border-left: 4px solid #888; padding-left: .6em; margin: .4em 0; } .followup.warning { border-color: #b26b00; } .followup.critical { border-color: #b00020; }
.badge { font: bold 8pt sans-serif; border: 1px solid; border-radius: 3px; padding: 0 .3em; margin-left: .3em; text-transform: uppercase; }
.badge.critical, .badge.safety-critical { color: #b00020; } .badge.warning, .badge.sensitive { color: #b26b00; }
.lang { font: 8pt monospace; color: #555; border: 1px solid #bbb; padding: 0 .2em; } .missing { color: #b00020; }
.example { color: #b00020; font-size: 9pt; } .locators { font-size: 8pt; color: #555; margin-top: .5em; }
.warnings { border: 2px solid #b26b00; padding: .4em .8em; } .howto { font-style: italic; }
@media print { body { margin: 0; } .segment { break-before: page; } }
`;
