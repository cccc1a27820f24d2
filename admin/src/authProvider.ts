import type { AuthProvider } from 'react-admin'
import { type Role, mayAccess } from './access'
import { httpClient } from './dataProvider'

interface Me {
  id: number
  name: string
  email: string
  role: Role
  networkIds: number[]
}

// The session cookie is HttpOnly, so who is logged in is known only by asking; ask once per login.
let me: Promise<Me> | null = null

function currentUser(): Promise<Me> {
  me ??= httpClient('/api/auth/me').then(
    ({ json }) => json as Me,
    (error: unknown) => {
      me = null
      throw error
    },
  )
  return me
}

function post(path: string, body: unknown = {}) {
  return httpClient(`/api/auth/${path}`, { method: 'POST', body: JSON.stringify(body) })
}

export const authProvider: AuthProvider = {
  async login({ email, password }: { email: string; password: string }) {
    me = null
    await post('login', { email, password })
  },
  async logout() {
    me = null
    await post('logout').catch(() => undefined)
  },
  async checkAuth() {
    await currentUser().catch(() => {
      throw { message: 'ra.auth.auth_check_error' }
    })
  },
  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      me = null
      throw error
    }
  },
  async getIdentity() {
    const { id, name } = await currentUser()
    return { id, fullName: name }
  },
  async getPermissions() {
    return (await currentUser()).role
  },
  async canAccess({ resource, action }) {
    return mayAccess((await currentUser()).role, resource, action)
  },
}
