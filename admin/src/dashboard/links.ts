/** A list of the panel, filtered: react-admin reads the filter from the address. */
export function filteredList(resource: string, filter: Record<string, unknown>) {
  return {
    pathname: `/${resource}`,
    search: `filter=${encodeURIComponent(JSON.stringify(filter))}`,
  }
}
