import type { Page } from 'playwright-core'

export class LoginPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async logIn(email: string, password: string) {
    await this.page.goto(`${this.baseUrl}/admin/#/login`)
    await this.page.getByLabel('E-mailadres').fill(email)
    await this.page.getByRole('textbox', { name: 'Wachtwoord' }).fill(password)
    await this.page.getByRole('button', { name: 'Inloggen' }).click()
    await this.page.waitForURL((url) => !url.hash.startsWith('#/login'))
    await this.page.getByRole('menuitem', { name: 'Jaarplannen' }).waitFor()
  }
}
