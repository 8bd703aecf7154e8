/** One step of a script as written, with its 1-based number. */
export interface ScriptLine {
  readonly step: number;
  readonly text: string;
}

/**
 * Splits a script into steps at newlines, `;` and `,` outside double quotes; `#` starts a comment
 * that runs to the end of the line. Blank steps are dropped.
 */
export function splitScript(script: string): ScriptLine[] {
  const texts: string[] = [];
  let current = "";
  let quoted = false;
  let comment = false;
  for (let i = 0; i < script.length; i += 1) {
    const char = script[i] as string;
    if (comment) {
      if (char === "\n") [comment, current] = [false, flush(texts, current)];
      continue;
    }
    if (quoted && char === "\\" && i + 1 < script.length) {
      current += char + script[i + 1];
      i += 1;
    } else if (char === '"') {
      quoted = !quoted;
      current += char;
    } else if (!quoted && char === "#") comment = true;
    else if (!quoted && (char === "\n" || char === ";" || char === ",")) current = flush(texts, current);
    else current += char;
  }
  flush(texts, current);
  return texts.map((text, index) => ({ step: index + 1, text }));
}

function flush(texts: string[], current: string): string {
  const text = current.trim();
  if (text !== "") texts.push(text);
  return "";
}

/**
 * Splits a step into whitespace-separated words; a double-quoted part (with `\"` and `\\`
 * escapes) belongs to its word and loses its quotes. Returns an error message for an unclosed quote.
 */
export function splitWords(text: string): string[] | string {
  const words: string[] = [];
  let word = "";
  let started = false;
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (quoted) {
      if (char === "\\" && i + 1 < text.length) {
        word += text[i + 1];
        i += 1;
      } else if (char === '"') quoted = false;
      else word += char;
    } else if (char === '"') [quoted, started] = [true, true];
    else if (/\s/.test(char)) {
      if (started) words.push(word);
      [word, started] = ["", false];
    } else [word, started] = [word + char, true];
  }
  if (quoted) return "a double quote is not closed";
  if (started) words.push(word);
  return words;
}
