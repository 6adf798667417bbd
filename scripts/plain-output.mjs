/** One finished line of a program's output as a terminal would show it: the text after its last carriage return, without escape codes. */
export function plainLine(line) {
  const shown = line.slice(line.lastIndexOf('\r') + 1);
  return shown.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
}
