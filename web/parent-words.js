// The parent area's page scripts write their lines in the family's language: the game answers
// with the line from that language's message file (`seeYouSoonWords`, set by the game; see
// src/platform/web/page_words.rs), plurals and all. Sizes, dates and lists are written by the
// browser in the same language.

/** The language the parent area is written in (its form carries it). */
function language() {
  return document.querySelector("#parent-area form[lang]")?.lang || document.documentElement.lang || "en";
}

/** The line `id` (a `form-page-…` message) with `values` in its placeholders. */
export function words(id, values = {}) {
  return globalThis.seeYouSoonWords?.(id, values) ?? id;
}

/** Sentences one after another: with a space between, or none in Chinese. */
export function sentences(...parts) {
  return parts.filter(Boolean).join(/^zh/.test(language()) ? "" : " ");
}

/** Several things as one phrase: "2 photos and the settings". */
export function list(parts) {
  try {
    return new Intl.ListFormat(language(), { type: "conjunction" }).format(parts);
  } catch {
    return parts.join(", ");
  }
}

/** A size as the language writes it: "980 KB", "1,2 Mo". */
export function size(bytes) {
  const [amount, unit] = bytes >= 1024 ** 3 ? [bytes / 1024 ** 3, "gigabyte"]
    : bytes >= 1024 ** 2 ? [bytes / 1024 ** 2, "megabyte"]
      : [Math.max(1, Math.round(bytes / 1024)), "kilobyte"];
  try {
    return new Intl.NumberFormat(language(), { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: 1 }).format(amount);
  } catch {
    return `${amount.toFixed(unit === "kilobyte" ? 0 : 1)} ${{ kilobyte: "KB", megabyte: "MB", gigabyte: "GB" }[unit]}`;
  }
}

/** A day as the language writes it in full: "27 November 2026". */
export function longDate(date) {
  return date.toLocaleDateString(language(), { day: "numeric", month: "long", year: "numeric" });
}
