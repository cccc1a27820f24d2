import { expect, inject, it } from 'vitest'
import { WAIT_MS, browserOfFile, newPage } from './browser'
import { COORDINATOR, PASSWORD, applicationFor, apply, planSeating } from './demo-api'
import { ApplicationListPage } from './pages/ApplicationListPage'
import { LoginPage } from './pages/LoginPage'

const baseUrl = inject('baseUrl')
const browser = browserOfFile()

it('shows a coordinator the receipt in the outbox, its link hidden, and that sending is off', async () => {
  const plan = await planSeating([COORDINATOR])
  const body = applicationFor(plan, { submit: true })
  const created = await apply(body)
  const reference = String(created.application.reference)

  const page = await newPage(browser())
  await new LoginPage(page, baseUrl).logIn(COORDINATOR, PASSWORD)
  const list = await ApplicationListPage.open(page, baseUrl)
  await list.search(body.title)
  const application = await list.openRow(body.title)
  expect(await application.sections()).toContain('Berichten')

  const messages = page.locator('section', {
    has: page.getByRole('heading', { name: 'Berichten' }),
  })
  await expect
    .poll(() => messages.getByTestId('delivery-off').innerText(), { timeout: WAIT_MS })
    .toBe('Versturen staat uit: berichten blijven in de outbox.')
  const receipt = messages.locator('tbody tr', { hasText: 'Ontvangstbevestiging' })
  await receipt.waitFor()
  const row = await receipt.innerText()
  expect(row).toContain(`Uw aanvraag ${reference} is ontvangen`)
  expect(row).toContain('fatima.e2e@example.org')
  expect(row).toContain('In de outbox')

  await receipt.getByText('Ontvangstbevestiging').click()
  const text = await messages.getByTestId('message-body').innerText()
  expect(text).toContain(`Uw kenmerk is ${reference}.`)
  expect(text).toContain('[privé-link]')
  expect(text).not.toContain(String(created.token))
})
