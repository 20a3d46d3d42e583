// DOM helpers shared by the popup (popup.js), its site panel (sitepanel.js)
// and the full report page (report.js): one way to build an element, one
// way to show a grade and one way to show a category's summary, so they
// cannot drift apart.

/**
 * Creates an element with a class and text.
 * @param {string} tag
 * @param {string} [className]
 * @param {string} [text]
 * @returns {HTMLElement}
 */
export function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * Shows a grade (view.grade of lib/view.js) in its letter, score and flags
 * elements: the letter, or "Not enough text to grade" in its place (class
 * "thin") when the policy is too thin to judge, with its spoken label.
 * @param {{letter: HTMLElement, score: HTMLElement, flags: HTMLElement}} els
 * @param {import("./view.js").ReportView["grade"]} grade
 */
export function fillGrade(els, grade) {
  els.letter.textContent = grade.thin ? grade.scoreLabel : grade.letter;
  els.letter.className = `grade-letter ${grade.tone}${grade.thin ? " thin" : ""}`;
  els.letter.setAttribute("aria-label", grade.aria);
  els.score.textContent = grade.thin ? "" : grade.scoreLabel;
  els.flags.textContent = grade.flagsLabel;
}

/**
 * Builds the list item of one category's summary (an entry of
 * view.categories of lib/view.js): its label, its status chip, its line and
 * the line of its checklist items, with the category and status as data
 * attributes.
 * @param {import("./view.js").ReportView["categories"][number]} c
 * @returns {HTMLElement}
 */
export function categoryItem(c) {
  const li = el("li", c.status);
  li.dataset.category = c.id;
  li.dataset.status = c.status;
  const head = el("div", "cat-head");
  head.append(el("span", "cat-label", c.label), el("span", `chip ${c.status === "covered" ? "discussed" : c.status}`, c.statusLabel));
  li.append(head, el("p", "cat-line", c.line));
  if (c.itemsLine) li.append(el("p", "cat-items", c.itemsLine));
  return li;
}
