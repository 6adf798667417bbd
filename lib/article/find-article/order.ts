/**
 * Document order, worked out from the nodes' ancestors: linkedom's compareDocumentPosition (the
 * command line's DOM) compares the nodes' depths only, and put a headline in one box after the story
 * in the box beside it; browsers give the same answer as this.
 */

function ancestry(node: Node): Node[] {
  const chain: Node[] = [];
  for (let n: Node | null = node; n; n = n.parentNode) chain.push(n);
  return chain.reverse();
}

/** Whether `a` comes before `b` in document order (an element comes before what it contains). */
export function precedes(a: Node, b: Node): boolean {
  if (a === b) return false;
  const ca = ancestry(a);
  const cb = ancestry(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  if (i === ca.length) return true; // a contains b
  if (i === cb.length || i === 0) return false; // b contains a, or they are in different trees
  for (let s: Node | null = ca[i].nextSibling; s; s = s.nextSibling) if (s === cb[i]) return true;
  return false;
}
