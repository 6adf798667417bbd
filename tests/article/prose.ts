/** Made-up prose for the article reader's tests: n paragraphs, each saying which part it is in. */
export const paras = (label: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>${label} paragraph ${i + 1}: the harbour board heard from residents, traders and the ferry operators, and the chair said the vote would wait until spring.</p>`,
  ).join('');
