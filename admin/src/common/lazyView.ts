import { type ComponentType, lazy } from 'react'

/**
 * A page loaded when it is first opened, in a chunk of its own, so that the panel's first load
 * carries only the shell and the lists. react-admin's layout shows its spinner meanwhile.
 */
export function lazyView<Module extends Record<Name, ComponentType>, Name extends keyof Module>(
  load: () => Promise<Module>,
  name: Name,
) {
  return lazy(async () => ({ default: (await load())[name] }))
}
