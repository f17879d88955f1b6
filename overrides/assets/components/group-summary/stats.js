// The group summary's statistics, without the page: unit-tested in tests/js/.

export function median(values) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function spread(values) {
  if (values.length < 2) return 0;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length);
}

const DIFFER_SHOWN = 5;

// The group's figures from each person's answers ({ statement id: value }):
// per statement how many answered, the distribution, median, range and
// spread; per section the median and range of each person's average; the
// statements where views differ most. config: the page's group summary config.
export function summarise(config, people) {
  const values = new Set(config.levels.map((level) => level.value));
  const items = config.sections.flatMap((section, s) =>
    section.items.map((item, i) => {
      const given = people.map((answers) => answers[item.id]).filter((v) => v !== undefined);
      const numbers = given.filter((v) => v !== "unknown");
      const counts = new Map(config.levels.map((level) => [level.value, 0]));
      for (const v of numbers) counts.set(v, counts.get(v) + 1);
      return {
        ...item,
        section: s,
        number: `${s + 1}.${i + 1}`,
        answers: given.length,
        counts,
        unknown: given.length - numbers.length,
        ...range(numbers),
        spread: numbers.length > 1 ? spread(numbers) : null,
      };
    }),
  );
  const sections = config.sections.map((section) => {
    const averages = people
      .map((answers) => {
        const numbers = section.items.map((item) => answers[item.id]).filter((v) => values.has(v));
        return numbers.length ? numbers.reduce((a, b) => a + b, 0) / numbers.length : null;
      })
      .filter((v) => v !== null);
    return { title: section.title, people: averages.length, ...range(averages) };
  });
  const differ = items
    .filter((item) => item.spread)
    .sort((a, b) => b.spread - a.spread)
    .slice(0, DIFFER_SHOWN);
  return { people: people.length, items, sections, differ };
}

function range(numbers) {
  return {
    median: median(numbers),
    min: numbers.length ? Math.min(...numbers) : null,
    max: numbers.length ? Math.max(...numbers) : null,
  };
}
