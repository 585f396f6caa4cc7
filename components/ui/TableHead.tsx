import type { ReactNode } from 'react';

/** A table's one header row: each column a `th scope="col"`, so screen readers announce it with each cell. */
export function TableHead({ columns }: { columns: readonly ReactNode[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, index) => (
          <th scope="col" key={index}>
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
