// DOM helpers shared by the popup (popup.js), its site panel (sitepanel.js)
// and the full report page (report.js): one way to build an element and one
// way to show a grade, so the three cannot drift apart.

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
