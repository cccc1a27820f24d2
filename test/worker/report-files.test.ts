import { env, exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { type Message, translate } from '../../worker/lib/messages'
import {
  api,
  apiRaw,
  applyFor,
  asJson,
  awardedApplication,
  createOpenPlan,
  loginAs,
  pdfBytes,
  setApplicationStatus,
  uniqueIp,
  uploadAttachment,
} from './helpers'

const message = (key: Message['key'], params?: Message['params']) =>
  translate('nl', { key, params })

const MB = 1024 * 1024

/** The first bytes of a PNG and a JPEG: enough for the content sniffing to know them. */
const PNG_BYTES = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
])
const JPEG_BYTES = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46])

const photo = (token: string, bytes: Uint8Array = JPEG_BYTES, name = 'buurtfeest.jpg') =>
  uploadAttachment(token, bytes, name, { kind: 'report' })

const report = (token: string) =>
  api(`/public/applications/${token}/report`, {
    body: {
      narrative: 'Het was een mooie dag.',
      participantsReached: 42,
      actualCostsCents: 40_000,
    },
  })

interface StoredFile {
  id: number
  kind: string
  report_id: number | null
  content_type: string
}

async function filesOf(applicationId: number): Promise<StoredFile[]> {
  const { results } = await env.DB.prepare(
    'SELECT id, kind, report_id, content_type FROM attachments WHERE application_id = ? ORDER BY id',
  )
    .bind(applicationId)
    .all<StoredFile>()
  return results
}

async function storedObjects(applicationId: number) {
  return (await env.FILES.list({ prefix: `applications/${applicationId}/` })).objects
}

const reportIdOf = (applicationId: number) =>
  env.DB.prepare('SELECT id FROM reports WHERE application_id = ?')
    .bind(applicationId)
    .first<number>('id')

/** An awarded €500 application of a fresh plan, ready for its report. */
const awarded = async () => (await awardedApplication(50_000)).app

describe('report files through the private link', () => {
  it('takes photos and PDFs once awarded, and joins them to the report when it comes', async () => {
    const app = await awarded()
    const jpeg = await photo(app.token)
    expect(jpeg.status, JSON.stringify(jpeg.body)).toBe(201)
    expect(jpeg.body).toMatchObject({
      kind: 'report',
      filename: 'buurtfeest.jpg',
      contentType: 'image/jpeg',
    })
    expect(Object.keys(jpeg.body)).not.toContain('storageKey')
    expect((await photo(app.token, PNG_BYTES, 'kraam.png')).status).toBe(201)
    expect((await photo(app.token, pdfBytes('Bonnetjes'), 'bonnen.pdf')).status).toBe(201)
    expect((await filesOf(app.id)).map((f) => f.report_id)).toEqual([null, null, null])

    expect((await report(app.token)).status).toBe(201)
    const reportId = await reportIdOf(app.id)
    expect((await filesOf(app.id)).map((f) => f.report_id)).toEqual([reportId, reportId, reportId])

    // After the report, until settlement, more can follow; they belong to the report at once.
    const later = await photo(app.token, PNG_BYTES, 'na-afloop.png')
    expect(later.status).toBe(201)
    expect((await filesOf(app.id)).at(-1)).toMatchObject({ report_id: reportId, kind: 'report' })
    const view = await api(`/public/applications/${app.token}`)
    expect(view.body.attachments.map((a: { kind: string }) => a.kind)).toEqual([
      'report',
      'report',
      'report',
      'report',
    ])
  })

  it.each(['draft', 'submitted', 'settled'] as const)(
    'refuses report files while the application is %s with 409, storing nothing',
    async (status) => {
      const plan = await createOpenPlan()
      const app = status === 'draft' ? await applyFor(plan) : await applyFor(plan, { submit: true })
      if (status === 'settled') await setApplicationStatus(app.id, 'settled')
      const res = await photo(app.token)
      expect(res.status).toBe(409)
      expect(res.body).toEqual({ message: message('reportFilesClosed') })
      expect(await filesOf(app.id)).toEqual([])
      expect(await storedObjects(app.id)).toEqual([])
    },
  )

  it('judges the type by the content: no archive called a photo, no HTML called a PNG', async () => {
    const app = await awarded()
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>')
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])
    for (const [bytes, name] of [
      [html, 'foto.png'],
      [zip, 'foto.jpg'],
    ] as const) {
      const res = await photo(app.token, bytes, name)
      expect(res.status).toBe(400)
      expect(res.body.errors).toEqual({ file: message('reportFileType') })
    }
    // A PNG sent under a PDF name is stored as what it is.
    const renamed = await photo(app.token, PNG_BYTES, 'verslag.pdf')
    expect(renamed.status).toBe(201)
    expect(renamed.body).toMatchObject({ contentType: 'image/png', filename: 'verslag.png' })
    expect((await filesOf(app.id)).map((f) => f.content_type)).toEqual(['image/png'])
  })

  it('refuses a file of 10 MB and 1 byte with 413, storing nothing', async () => {
    const app = await awarded()
    const big = new Uint8Array(10 * MB + 1)
    big.set(JPEG_BYTES)
    const res = await photo(app.token, big)
    expect(res.status).toBe(413)
    expect(await storedObjects(app.id)).toEqual([])
  })

  it('takes five report files besides the application’s own, and refuses a sixth with 409', async () => {
    const plan = await createOpenPlan()
    const draft = await applyFor(plan)
    for (let i = 0; i < 5; i++) {
      expect((await uploadAttachment(draft.token, pdfBytes(), `offerte-${i}.pdf`)).status).toBe(201)
    }
    await api(`/public/applications/${draft.token}/submit`, { method: 'POST' })
    await setApplicationStatus(draft.id, 'awarded')
    for (let i = 0; i < 5; i++) expect((await photo(draft.token)).status).toBe(201)
    const sixth = await photo(draft.token)
    expect(sixth.status).toBe(409)
    expect(sixth.body).toEqual({ message: message('tooManyReportFiles', { max: 5 }) })
    expect((await filesOf(draft.id)).length).toBe(10)
    expect(await storedObjects(draft.id)).toHaveLength(10)
  })

  it('keeps to five when seven arrive at once', async () => {
    const app = await awarded()
    const answers = await Promise.all(Array.from({ length: 7 }, () => photo(app.token)))
    expect(answers.filter((a) => a.status === 201)).toHaveLength(5)
    expect(answers.filter((a) => a.status === 409)).toHaveLength(2)
    expect(await filesOf(app.id)).toHaveLength(5)
    expect(await storedObjects(app.id)).toHaveLength(5)
  })

  it('lets the applicant remove a report file until settlement, and logs who did', async () => {
    const app = await awarded()
    const first = await photo(app.token)
    const second = await photo(app.token)
    expect((await report(app.token)).status).toBe(201)
    const removed = await api(`/public/applications/${app.token}/attachments/${first.body.id}`, {
      method: 'DELETE',
    })
    expect(removed.status).toBe(200)
    expect((await filesOf(app.id)).map((f) => f.id)).toEqual([second.body.id])
    expect(await storedObjects(app.id)).toHaveLength(1)
    const logged = await env.DB.prepare(
      `SELECT action, actor_type FROM audit_log WHERE entity = 'attachments' AND entity_id = ?
        ORDER BY id`,
    )
      .bind(first.body.id)
      .all()
    expect(logged.results).toEqual([
      { action: 'create', actor_type: 'applicant' },
      { action: 'delete', actor_type: 'applicant' },
    ])

    await setApplicationStatus(app.id, 'settled')
    const late = await api(`/public/applications/${app.token}/attachments/${second.body.id}`, {
      method: 'DELETE',
    })
    expect(late.status).toBe(409)
    expect(late.body).toEqual({ message: message('reportFilesClosed') })
    expect(await storedObjects(app.id)).toHaveLength(1)
  })

  it('answers in English when asked', async () => {
    const app = await applyFor(await createOpenPlan(), { submit: true })
    const form = new FormData()
    form.set('file', new File([JPEG_BYTES], 'x.jpg'))
    form.set('kind', 'report')
    const request = new Request(
      `http://localhost/api/public/applications/${app.token}/attachments`,
      {
        method: 'POST',
        headers: { 'accept-language': 'en', 'cf-connecting-ip': uniqueIp() },
        body: form,
      },
    )
    const res = await asJson(await exports.default.fetch(request))
    expect(res.status).toBe(409)
    expect(res.body).toEqual({ message: translate('en', { key: 'reportFilesClosed' }) })
  })
})

describe('who may download report files', () => {
  /** An awarded application of a fresh network with one report photo. */
  async function withPhoto() {
    const { plan, app } = await awardedApplication(50_000)
    const uploaded = await photo(app.token)
    return { plan, app, id: uploaded.body.id as number }
  }

  const content = (id: number, cookie: string) => apiRaw(`/attachments/${id}/content`, { cookie })

  it('gives the photo to the applicant through the link, to the admin and to the network’s coordinators', async () => {
    const { plan, app, id } = await withPhoto()
    const own = await apiRaw(`/public/applications/${app.token}/attachments/${id}`)
    expect(own.status).toBe(200)
    expect(new Uint8Array(await own.arrayBuffer())).toEqual(JPEG_BYTES)
    for (const session of [
      await loginAs('admin'),
      await loginAs('coordinator', [plan.networkId]),
    ]) {
      const res = await content(id, session.cookie)
      expect(res.status, session.user.role).toBe(200)
      expect(res.headers.get('content-type')).toBe('image/jpeg')
      expect(res.headers.get('content-disposition')).toMatch(/^attachment;/)
      const list = await api('/attachments', {
        cookie: session.cookie,
        query: { filter: { applicationId: app.id, kind: 'report' } },
      })
      expect(list.body.map((a: { id: number }) => a.id)).toEqual([id])
    }
  })

  it('keeps it from other networks, reviewers and finance (404, as if it were not there)', async () => {
    const { plan, app, id } = await withPhoto()
    const others = [
      await loginAs('coordinator', [(await createOpenPlan()).networkId]),
      await loginAs('reviewer', [plan.networkId]),
      await loginAs('finance'),
    ]
    for (const session of others) {
      const role = session.user.role
      expect((await content(id, session.cookie)).status, role).toBe(404)
      expect((await api(`/attachments/${id}`, { cookie: session.cookie })).status, role).toBe(404)
      const list = await api('/attachments', {
        cookie: session.cookie,
        query: { filter: { applicationId: app.id } },
      })
      expect(list.body, role).toEqual([])
    }
  })
})
