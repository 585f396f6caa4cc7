/**
 * The chart's data as a table for screen readers (the SVG itself is one labelled image): every
 * chart here is also readable without seeing it.
 */
export function ChartTable({ caption, labels, series }: { caption: string; labels: readonly string[]; series: readonly { name: string; values: readonly number[] }[] }) {
  return (
    <table className="sr-only">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <td />
          {series.map((s) => (
            <th key={s.name} scope="col">
              {s.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {labels.map((label, i) => (
          <tr key={`${label}-${i}`}>
            <th scope="row">{label}</th>
            {series.map((s) => (
              <td key={s.name}>{s.values[i] ?? 0}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
