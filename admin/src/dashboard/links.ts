/** A list of the panel, filtered and maybe sorted: react-admin reads both from the address. */
export function filteredList(
  resource: string,
  filter: Record<string, unknown>,
  sort?: { field: string; order: 'ASC' | 'DESC' },
) {
  const sorted = sort ? `&sort=${sort.field}&order=${sort.order}` : ''
  return {
    pathname: `/${resource}`,
    search: `filter=${encodeURIComponent(JSON.stringify(filter))}${sorted}`,
  }
}
