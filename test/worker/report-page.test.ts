import { env, exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import {
  applyFor,
  awardedApplication,
  createOpenPlan,
  setApplicationStatus,
  uniqueIp,
} from './helpers'

interface Page {
  status: number
  headers: Headers
  html: string
}

async function open(path: string, init: RequestInit = {}): Promise<Page> {
  const headers = new Headers(init.headers)
  headers.set('cf-connecting-ip', uniqueIp())
  const res = await exports.default.fetch(
    new Request(`http://localhost${path}`, { redirect: 'manual', ...init, headers }),
  )
  return { status: res.status, headers: res.headers, html: await res.text() }
}

/** Posts the plain HTML form, with the same-origin header a browser sends unless told otherwise. */
function post(path: string, fields: Record<string, string>, origin = 'http://localhost') {
  return open(path, { method: 'POST', body: new URLSearchParams(fields), headers: { origin } })
}

const awarded = async (amountCents: number) => (await awardedApplication(amountCents)).app

const reportOf = (id: number) =>
  env.DB.prepare('SELECT * FROM reports WHERE application_id = ?').bind(id).first()
const statusOf = async (id: number) =>
  (await env.DB.prepare('SELECT status FROM applications WHERE id = ?').bind(id).first())?.status

const good = {
  narrative: 'Het was een mooie dag.',
  participantsReached: '42',
  actualCostsCents: '450,50',
}

describe('the report page', () => {
  it('is linked from the status page of an awarded application only, and holds the form', async () => {
    const plan = await createOpenPlan()
    const submitted = await applyFor(plan, { submit: true })
    const before = await open(`/aanvraag/${submitted.token}`)
    expect(before.status).toBe(200)
    expect(before.html).not.toContain('/verantwoording"')
    const early = await open(`/aanvraag/${submitted.token}/verantwoording`)
    expect(early.status).toBe(409)
    expect(early.html).toContain('Een verantwoording kan alleen')

    const app = await awarded(50_000)
    const status = await open(`/aanvraag/${app.token}`)
    expect(status.html).toContain(`href="/aanvraag/${app.token}/verantwoording"`)
    expect(status.html).toContain('Verantwoording insturen')
    expect(status.html).not.toContain('id="narrative"')

    const page = await open(`/aanvraag/${app.token}/verantwoording`)
    expect(page.status).toBe(200)
    expect(page.headers.get('x-robots-tag')).toBe('noindex')
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    expect(page.html).toContain(`action="/aanvraag/${app.token}/verantwoording"`)
    expect(page.html).toContain('Hoe is het gegaan?')
    expect(page.html).toContain('novalidate')
    expect(page.html).toContain('id="actualCostsCents"')
    expect(page.html).not.toContain('id="financialOverview"')
    expect(page.html).toContain(`href="/aanvraag/${app.token}"`)
  })

  it('asks for a financial overview from € 5,000 up, and requires it then', async () => {
    const app = await awarded(500_000)
    const page = await open(`/aanvraag/${app.token}/verantwoording`)
    expect(page.html).toContain('id="financialOverview"')
    expect(page.html).toContain('€ 5.000 of meer')

    const refused = await post(`/aanvraag/${app.token}/verantwoording`, good)
    expect(refused.status).toBe(400)
    expect(refused.html).toContain('href="#financialOverview"')
    expect(refused.html).toContain('id="financialOverview-error"')
    expect(refused.html).toContain('value="450,50"')
    expect(await reportOf(app.id)).toBeNull()

    const ok = await post(`/aanvraag/${app.token}/verantwoording`, {
      ...good,
      financialOverview: 'Huur: € 3.000\nMaterialen: € 2.000',
    })
    expect(ok.status).toBe(303)
    expect(await reportOf(app.id)).toMatchObject({
      financial_overview: 'Huur: € 3.000\nMaterialen: € 2.000',
    })
  })

  it('refuses an empty post with the error summary and stores nothing', async () => {
    const app = await awarded(50_000)
    const res = await post(`/aanvraag/${app.token}/verantwoording`, {
      narrative: '',
      participantsReached: 'veel',
      actualCostsCents: '',
    })
    expect(res.status).toBe(400)
    expect(res.html).toContain('class="error-summary"')
    for (const field of ['narrative', 'participantsReached', 'actualCostsCents']) {
      expect(res.html).toContain(`href="#${field}"`)
      expect(res.html).toContain(`id="${field}-error"`)
    }
    expect(res.html).toContain('Vul een heel getal in')
    expect(res.html).toContain('value="veel"')
    expect(await reportOf(app.id)).toBeNull()
    expect(await statusOf(app.id)).toBe('awarded')
  })

  it('stores a good report, moves the application to reported and says what comes next', async () => {
    const app = await awarded(50_000)
    const res = await post(`/aanvraag/${app.token}/verantwoording`, good)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`/aanvraag/${app.token}`)
    expect(await reportOf(app.id)).toMatchObject({
      narrative: 'Het was een mooie dag.',
      participants_reached: 42,
      actual_costs_cents: 45_050,
    })
    expect(await statusOf(app.id)).toBe('reported')

    const page = await open(`/aanvraag/${app.token}`)
    expect(page.html).toContain('Verantwoording ontvangen')
    expect(page.html).toContain('Ontvangen op')
    expect(page.html).toContain('terugbetalen')
    expect(page.html).not.toContain('id="narrative"')
    // Photos can still follow until the report is settled.
    expect(page.html).toContain(`href="/aanvraag/${app.token}/verantwoording"`)
    const reportPage = await open(`/aanvraag/${app.token}/verantwoording`)
    expect(reportPage.status).toBe(200)
    expect(reportPage.html).not.toContain('id="narrative"')
    expect(reportPage.html).toContain('id="file"')

    const again = await post(`/aanvraag/${app.token}/verantwoording`, good)
    expect(again.status).toBe(409)
  })

  it('refuses a post from another site', async () => {
    const app = await awarded(50_000)
    const res = await post(`/aanvraag/${app.token}/verantwoording`, good, 'https://evil.example')
    expect(res.status).toBe(403)
    expect(await reportOf(app.id)).toBeNull()
  })

  it('speaks English under /en', async () => {
    const app = await awarded(500_000)
    expect((await open(`/en/aanvraag/${app.token}`)).html).toContain('Send your report')
    const page = await open(`/en/aanvraag/${app.token}/verantwoording`)
    expect(page.html).toContain('How did it go?')
    expect(page.html).toContain('Photos and files')
    expect(page.html).toContain(`action="/en/aanvraag/${app.token}/verantwoording"`)
    expect(page.html).toContain('Financial overview')

    const refused = await post(`/en/aanvraag/${app.token}/verantwoording`, {})
    expect(refused.status).toBe(400)
    expect(refused.html).toContain('How much did it cost?')

    const ok = await post(`/en/aanvraag/${app.token}/verantwoording`, {
      ...good,
      actualCostsCents: '4,950.00',
      financialOverview: 'Rent: € 4,950',
    })
    expect(ok.status).toBe(303)
    expect(ok.headers.get('location')).toBe(`/en/aanvraag/${app.token}`)
    const after = await open(`/en/aanvraag/${app.token}`)
    expect(after.html).toContain('Report received')
    expect(after.html).toContain('pay part of it back')
  })
})

const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])

/** Posts the upload form as a browser does: multipart, from this site unless told otherwise. */
function upload(path: string, file: File | null, origin = 'http://localhost') {
  const form = new FormData()
  // A form sent without a chosen file still carries an empty, nameless file part.
  form.set('file', file ?? new File([], ''))
  return open(path, { method: 'POST', body: form, headers: { origin } })
}

const filesOf = async (id: number) =>
  (
    await env.DB.prepare(
      "SELECT id, filename FROM attachments WHERE application_id = ? AND kind = 'report'",
    )
      .bind(id)
      .all<{ id: number; filename: string }>()
  ).results

describe('photos on the report page', () => {
  it('offers an accessible multipart upload, and lists what was added with a way to remove it', async () => {
    const app = await awarded(50_000)
    const path = `/aanvraag/${app.token}/verantwoording`
    const empty = await open(path)
    expect(empty.html).toContain(`action="${path}/bestanden"`)
    expect(empty.html).toContain('enctype="multipart/form-data"')
    expect(empty.html).toContain('<label for="file">Foto of bestand</label>')
    expect(empty.html).toContain('aria-describedby="file-hint"')
    expect(empty.html).toContain('accept=".jpg,.jpeg,.png,.pdf')
    expect(empty.html).toContain('nog geen foto')

    const sent = await upload(`${path}/bestanden`, new File([PNG_BYTES], 'buurtfeest.png'))
    expect(sent.status).toBe(303)
    expect(sent.headers.get('location')).toBe(`${path}#bestanden`)
    const [stored] = await filesOf(app.id)
    expect(stored.filename).toBe('buurtfeest.png')

    const listed = await open(path)
    expect(listed.html).toContain(`href="/aanvraag/${app.token}/bijlagen/${stored.id}"`)
    expect(listed.html).toContain(`action="${path}/bestanden/${stored.id}/verwijderen"`)
    // The status page keeps report files apart from the application's own attachments.
    const status = await open(`/aanvraag/${app.token}`)
    expect(status.html).not.toContain('buurtfeest.png')

    const removed = await post(`${path}/bestanden/${stored.id}/verwijderen`, {})
    expect(removed.status).toBe(303)
    expect(removed.headers.get('location')).toBe(`${path}#bestanden`)
    expect(await filesOf(app.id)).toEqual([])
  })

  it('shows a refused file at the field and in the summary, storing nothing', async () => {
    const app = await awarded(50_000)
    const path = `/aanvraag/${app.token}/verantwoording/bestanden`
    const html = new File(['<html></html>'], 'foto.jpg')
    const refused = await upload(path, html)
    expect(refused.status).toBe(400)
    expect(refused.html).toContain('<title>Fout: ')
    expect(refused.html).toContain('href="#file"')
    expect(refused.html).toContain('id="file-error"')
    expect(refused.html).toContain('aria-describedby="file-hint file-error"')
    expect(refused.html).toContain('aria-invalid="true"')
    expect(refused.html).toContain('alleen foto&#39;s (JPG of PNG) en PDF')
    // The report form is still there, empty, below it.
    expect(refused.html).toContain('id="narrative"')

    const none = await upload(path, null)
    expect(none.status).toBe(400)
    expect(none.html).toContain('Kies een bestand.')
    expect(await filesOf(app.id)).toEqual([])
  })

  it('closes once the report is settled: files stay readable, nothing can be added', async () => {
    const app = await awarded(50_000)
    const path = `/aanvraag/${app.token}/verantwoording`
    await upload(`${path}/bestanden`, new File([PNG_BYTES], 'kraam.png'))
    await post(path, good)
    await setApplicationStatus(app.id, 'settled')
    const page = await open(path)
    expect(page.status).toBe(200)
    expect(page.html).toContain('kraam.png')
    expect(page.html).not.toContain('id="file"')
    expect(page.html).not.toContain('/verwijderen"')
    const late = await upload(`${path}/bestanden`, new File([PNG_BYTES], 'later.png'))
    expect(late.status).toBe(409)
    expect(late.html).toContain('vastgesteld')
    expect(await filesOf(app.id)).toHaveLength(1)
  })

  it('refuses an upload from another site', async () => {
    const app = await awarded(50_000)
    const path = `/aanvraag/${app.token}/verantwoording/bestanden`
    const res = await upload(path, new File([PNG_BYTES], 'x.png'), 'https://evil.example')
    expect(res.status).toBe(403)
    expect(await filesOf(app.id)).toEqual([])
  })

  it('speaks English under /en', async () => {
    const app = await awarded(50_000)
    const path = `/en/aanvraag/${app.token}/verantwoording`
    const refused = await upload(`${path}/bestanden`, new File(['nope'], 'x.png'))
    expect(refused.status).toBe(400)
    expect(refused.html).toContain('We can only accept photos (JPG or PNG) and PDF files')
    const sent = await upload(`${path}/bestanden`, new File([PNG_BYTES], 'x.png'))
    expect(sent.headers.get('location')).toBe(`${path}#bestanden`)
  })
})
