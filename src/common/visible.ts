/**
 * Text from input (a scenario's name, a station's label, a file name) made safe for a
 * terminal: control characters — ESC sequences that recolour or retitle the terminal, carriage
 * returns that overwrite a line, the C1 controls, and the bidirectional overrides that reorder
 * what is shown — are written as visible `\u{…}` escapes instead of being obeyed.
 */

/** Whether the UTF-16 code unit is a control: C0 (newline aside), DEL, C1, separators, bidi. */
function isControl(code: number, keepNewlines: boolean): boolean {
  if (code < 0x20) return !(keepNewlines && code === 0x0a);
  return (
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/**
 * `text` with every control character shown as `\u{hex}`; newlines are kept when
 * `keepNewlines` (a multi-line message), else escaped too (a one-line cell or name).
 *
 * @example visibleText("gate\u001b[31m") // "gate\\u{1b}[31m"
 * @example visibleText("a\nb", true) // "a\nb"
 */
export function visibleText(text: string, keepNewlines = false): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isControl(code, keepNewlines)) continue;
    out += `${text.slice(from, i)}\\u{${code.toString(16)}}`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
