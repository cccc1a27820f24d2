import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { type Message, translate } from '../../worker/lib/messages'
import {
  type Applied,
  type OpenPlan,
  api,
  apiRaw,
  applyFor,
  asJson,
  createOpenPlan,
  loginAs,
  pdfBytes,
  row,
  setApplicationStatus,
  uploadAttachment,
} from './helpers'

const message = (key: Message['key'], params?: Message['params']) =>
  translate('nl', { key, params })

const MB = 1024 * 1024

const PNG_BYTES = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00,
])
const JPEG_BYTES = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9,
])

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return (crc ^ 0xffffffff) >>> 0
}

/** A fixed-size ZIP record followed by a name. */
function record(size: number, name: Uint8Array, fill: (view: DataView) => void): Uint8Array {
  const bytes = new Uint8Array(size + name.length)
  fill(new DataView(bytes.buffer))
  bytes.set(name, size)
  return bytes
}

/** A ZIP archive of uncompressed entries, the container DOCX, XLSX and ODT files are made of. */
function storedZip(files: Record<string, string>): Uint8Array {
  const encoder = new TextEncoder()
  const body: Uint8Array[] = []
  const directory: Uint8Array[] = []
  let offset = 0
  for (const [path, text] of Object.entries(files)) {
    const name = encoder.encode(path)
    const data = encoder.encode(text)
    const crc = crc32(data)
    const local = record(30, name, (v) => {
      v.setUint32(0, 0x04034b50, true)
      v.setUint16(4, 20, true)
      v.setUint32(14, crc, true)
      v.setUint32(18, data.length, true)
      v.setUint32(22, data.length, true)
      v.setUint16(26, name.length, true)
    })
    const entry = record(46, name, (v) => {
      v.setUint32(0, 0x02014b50, true)
      v.setUint16(4, 20, true)
      v.setUint16(6, 20, true)
      v.setUint32(16, crc, true)
      v.setUint32(20, data.length, true)
      v.setUint32(24, data.length, true)
      v.setUint16(28, name.length, true)
      v.setUint32(42, offset, true)
    })
    body.push(local, data)
    directory.push(entry)
    offset += local.length + data.length
  }
  const count = directory.length
  const size = directory.reduce((sum, d) => sum + d.length, 0)
  const end = record(22, new Uint8Array(), (v) => {
    v.setUint32(0, 0x06054b50, true)
    v.setUint16(8, count, true)
    v.setUint16(10, count, true)
    v.setUint32(12, size, true)
    v.setUint32(16, offset, true)
  })
  const parts = [...body, ...directory, end]
  const zip = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0))
  let at = 0
  for (const part of parts) {
    zip.set(part, at)
    at += part.length
  }
  return zip
}

const DOCX_BYTES = storedZip({
  '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
  'word/document.xml': '<?xml version="1.0"?><w:document><w:body/></w:document>',
})

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** An upload of `size` bytes that starts like a PDF. */
function pdfOfSize(size: number): Uint8Array {
  const bytes = new Uint8Array(size)
  bytes.set(pdfBytes())
  return bytes
}

/** The objects stored in R2 for an application. */
async function storedObjects(applicationId: number) {
  const listed = await env.FILES.list({ prefix: `applications/${applicationId}/` })
  return listed.objects
}

async function attachmentCount(applicationId: number) {
  return env.DB.prepare('SELECT count(*) AS n FROM attachments WHERE application_id = ?')
    .bind(applicationId)
    .first<number>('n')
}

const auditCount = () => env.DB.prepare('SELECT count(*) AS n FROM audit_log').first<number>('n')

const download = (token: string, id: number) =>
  apiRaw(`/public/applications/${token}/attachments/${id}`)

async function draftWithPlan(): Promise<Applied & { plan: OpenPlan }> {
  const plan = await createOpenPlan()
  return { ...(await applyFor(plan)), plan }
}

describe('uploading through the private link', () => {
  it.each([
    ['PDF', pdfBytes(), 'Offerte zaal.pdf', 'application/pdf', 'Offerte zaal.pdf'],
    ['PNG', PNG_BYTES, 'foto.PNG', 'image/png', 'foto.png'],
    ['JPEG', JPEG_BYTES, 'foto.jpeg', 'image/jpeg', 'foto.jpg'],
    ['DOCX', DOCX_BYTES, 'plan van aanpak.docx', DOCX_TYPE, 'plan van aanpak.docx'],
  ])('stores a %s as its content says', async (_kind, bytes, name, contentType, filename) => {
    const app = await draftWithPlan()
    const res = await uploadAttachment(app.token, bytes, name, { kind: 'quote' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body).toMatchObject({
      id: expect.any(Number),
      kind: 'quote',
      filename,
      contentType,
      sizeBytes: bytes.length,
    })
    expect(Object.keys(res.body)).not.toContain('storageKey')
    const stored = await row('attachments', res.body.id)
    expect(stored).toMatchObject({ application_id: app.id, content_type: contentType, filename })
    const object = await env.FILES.get(String(stored?.storage_key))
    expect(new Uint8Array(await object!.arrayBuffer())).toEqual(bytes)
    expect(object!.httpMetadata?.contentType).toBe(contentType)
    const view = await api(`/public/applications/${app.token}`)
    expect(view.body.attachments).toEqual([
      expect.objectContaining({ id: res.body.id, filename, contentType }),
    ])
  })

  it('judges the type by the content, never by the name or declared type', async () => {
    const app = await draftWithPlan()
    const form = new FormData()
    form.set('file', new File([PNG_BYTES], 'offerte.pdf', { type: 'application/pdf' }))
    const res = await asJson(
      await apiRaw(`/public/applications/${app.token}/attachments`, { body: form }),
    )
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ contentType: 'image/png', filename: 'offerte.png' })
  })

  it.each([
    ['../../geheim/Offerte <script>.pdf', 'Offerte script.pdf'],
    ['C:\\Users\\fatima\\begroting.pdf', 'begroting.pdf'],
    ['.htaccess', 'htaccess.pdf'],
    ['<>|*?', 'bijlage.pdf'],
  ])('offers %s under a safe name', async (name, filename) => {
    const app = await draftWithPlan()
    const res = await uploadAttachment(app.token, pdfBytes(), name)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.filename).toBe(filename)
  })

  // Browsers send a double quote in a form's file name as %22 (HTML, multipart/form-data encoding).
  it('offers a name with double quotes without their form encoding', async () => {
    const app = await draftWithPlan()
    const res = await uploadAttachment(app.token, pdfBytes(), 'Offerte "zaal".pdf')
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.filename).toBe('Offerte zaal.pdf')
  })

  it('refuses an HTML page named x.pdf with 400 on the file, storing nothing', async () => {
    const app = await draftWithPlan()
    const audit = await auditCount()
    const html = new TextEncoder().encode('<!doctype html><script>alert(1)</script>')
    const res = await uploadAttachment(app.token, html, 'x.pdf')
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual({ file: message('fileType') })
    expect(await attachmentCount(app.id)).toBe(0)
    expect(await storedObjects(app.id)).toEqual([])
    expect(await auditCount()).toBe(audit)
  })

  it.each([
    ['a ZIP that is no office document', storedZip({ 'notes.txt': 'hallo' }), 'fileType'],
    ['a broken ZIP', DOCX_BYTES.slice(0, 60), 'fileType'],
    ['an empty file', new Uint8Array(), 'fileEmpty'],
  ] as const)('refuses %s with 400 on the file', async (_what, bytes, key) => {
    const app = await draftWithPlan()
    const res = await uploadAttachment(app.token, bytes, 'plan.docx')
    expect(res.status).toBe(400)
    expect(res.body.errors).toEqual({ file: message(key) })
    expect(await attachmentCount(app.id)).toBe(0)
  })

  it('refuses a file of 10 MB and 1 byte with 413, storing nothing', async () => {
    const app = await draftWithPlan()
    const res = await uploadAttachment(app.token, pdfOfSize(10 * MB + 1), 'groot.pdf')
    expect(res.status).toBe(413)
    expect(res.body).toEqual({ message: message('fileTooLarge') })
    expect(await attachmentCount(app.id)).toBe(0)
    expect(await storedObjects(app.id)).toEqual([])
  })

  it('accepts a file of exactly 10 MB', async () => {
    const app = await draftWithPlan()
    const res = await uploadAttachment(app.token, pdfOfSize(10 * MB), 'precies.pdf')
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.sizeBytes).toBe(10 * MB)
  })

  it('refuses a sixth attachment with 409 and leaves no file behind', async () => {
    const app = await draftWithPlan()
    for (let i = 0; i < 5; i++) {
      expect((await uploadAttachment(app.token, pdfBytes(`${i}`), `bijlage ${i}.pdf`)).status).toBe(
        201,
      )
    }
    const sixth = await uploadAttachment(app.token, pdfBytes('zes'), 'zes.pdf')
    expect(sixth.status).toBe(409)
    expect(sixth.body).toEqual({ message: message('tooManyAttachments', { max: 5 }) })
    expect(await attachmentCount(app.id)).toBe(5)
    expect(await storedObjects(app.id)).toHaveLength(5)
  })

  it('keeps to five when seven uploads arrive at once', async () => {
    const app = await draftWithPlan()
    const answers = await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        uploadAttachment(app.token, pdfBytes(`${i}`), `${i}.pdf`),
      ),
    )
    const statuses = answers.map((a) => a.status).sort()
    expect(statuses).toEqual([201, 201, 201, 201, 201, 409, 409])
    expect(await attachmentCount(app.id)).toBe(5)
    expect(await storedObjects(app.id)).toHaveLength(5)
  })

  it('refuses a body that is not multipart with 400', async () => {
    const app = await draftWithPlan()
    const json = await api(`/public/applications/${app.token}/attachments`, {
      body: { file: 'JVBERi0xLjQ=', kind: 'quote' },
    })
    expect(json.status).toBe(400)
    const raw = await asJson(
      await apiRaw(`/public/applications/${app.token}/attachments`, { body: '%PDF-1.4' }),
    )
    expect(raw.status).toBe(400)
    expect(await attachmentCount(app.id)).toBe(0)
  })

  it('refuses a form without a file, or with a kind there is not, with 400', async () => {
    const app = await draftWithPlan()
    const form = new FormData()
    form.set('kind', 'quote')
    form.set('file', 'geen bestand')
    const noFile = await asJson(
      await apiRaw(`/public/applications/${app.token}/attachments`, { body: form }),
    )
    expect(noFile.status).toBe(400)
    expect(Object.keys(noFile.body.errors)).toEqual(['file'])
    const res = await uploadAttachment(app.token, pdfBytes(), 'x.pdf', { kind: 'virus' })
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.errors)).toEqual(['kind'])
    expect(await attachmentCount(app.id)).toBe(0)
  })

  it('refuses an upload after submission with 409, and takes one when information is asked', async () => {
    const plan = await createOpenPlan()
    const app = await applyFor(plan, { submit: true })
    const refused = await uploadAttachment(app.token, pdfBytes(), 'offerte.pdf')
    expect(refused.status).toBe(409)
    expect(refused.body).toEqual({ message: message('notEditable') })
    expect(await storedObjects(app.id)).toEqual([])
    const coordinator = await loginAs('coordinator', [plan.networkId])
    const asked = await api(`/applications/${app.id}/request-info`, {
      cookie: coordinator.cookie,
      body: { message: 'Stuur de offerte mee.' },
    })
    expect(asked.status).toBe(200)
    expect((await uploadAttachment(app.token, pdfBytes(), 'offerte.pdf')).status).toBe(201)
  })

  it('records an upload in the audit log as the applicant', async () => {
    const app = await draftWithPlan()
    const res = await uploadAttachment(app.token, pdfBytes(), 'offerte.pdf')
    const entry = await env.DB.prepare(
      `SELECT actor_type, actor_id, action, network_id FROM audit_log
        WHERE entity = 'attachments' AND entity_id = ?`,
    )
      .bind(res.body.id)
      .first()
    expect(entry).toEqual({
      actor_type: 'applicant',
      actor_id: app.id,
      action: 'create',
      network_id: app.plan.networkId,
    })
  })
})

describe('downloading through the private link', () => {
  it('gives the same bytes as a download of the sniffed type', async () => {
    const app = await draftWithPlan()
    const uploaded = await uploadAttachment(app.token, DOCX_BYTES, 'Plan café.docx')
    const res = await download(app.token, uploaded.body.id)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(DOCX_TYPE)
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Plan caf_.docx"; filename*=UTF-8''Plan%20caf%C3%A9.docx`,
    )
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('cache-control')).toContain('no-store')
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(DOCX_BYTES)
  })

  it('answers 404 for an attachment that is not there', async () => {
    const app = await draftWithPlan()
    for (const id of ['2000000000', '0', '-1', 'een', '1.5']) {
      const res = await apiRaw(`/public/applications/${app.token}/attachments/${id}`)
      expect(res.status, id).toBe(404)
    }
  })
})

describe('deleting through the private link', () => {
  it('removes a draft attachment from D1 and R2', async () => {
    const app = await draftWithPlan()
    const uploaded = await uploadAttachment(app.token, pdfBytes(), 'offerte.pdf')
    const key = String((await row('attachments', uploaded.body.id))?.storage_key)
    expect(await env.FILES.get(key)).not.toBeNull()
    const res = await api(`/public/applications/${app.token}/attachments/${uploaded.body.id}`, {
      method: 'DELETE',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.attachments).toEqual([])
    expect(await row('attachments', uploaded.body.id)).toBeNull()
    expect(await env.FILES.get(key)).toBeNull()
    expect((await download(app.token, uploaded.body.id)).status).toBe(404)
    const entry = await env.DB.prepare(
      `SELECT actor_type, action FROM audit_log WHERE entity = 'attachments' AND entity_id = ?
        ORDER BY id DESC`,
    )
      .bind(uploaded.body.id)
      .first()
    expect(entry).toEqual({ actor_type: 'applicant', action: 'delete' })
  })

  it('refuses to delete after submission with 409, keeping the file', async () => {
    const app = await draftWithPlan()
    const uploaded = await uploadAttachment(app.token, pdfBytes(), 'offerte.pdf')
    expect((await api(`/public/applications/${app.token}/submit`, { method: 'POST' })).status).toBe(
      200,
    )
    const res = await api(`/public/applications/${app.token}/attachments/${uploaded.body.id}`, {
      method: 'DELETE',
    })
    expect(res.status).toBe(409)
    const key = String((await row('attachments', uploaded.body.id))?.storage_key)
    expect(await env.FILES.get(key)).not.toBeNull()
  })
})

describe('staff downloads', () => {
  /** A submitted application with one PDF, uploaded while it was a draft. */
  async function submittedWithFile() {
    const app = await draftWithPlan()
    const bytes = pdfBytes(app.title)
    const uploaded = await uploadAttachment(app.token, bytes, 'offerte.pdf')
    const submitted = await api(`/public/applications/${app.token}/submit`, { method: 'POST' })
    expect(submitted.status).toBe(200)
    return { ...app, attachmentId: uploaded.body.id as number, bytes }
  }

  const content = (id: number, cookie?: string) => apiRaw(`/attachments/${id}/content`, { cookie })

  it('lets an admin download any submitted application’s file', async () => {
    const app = await submittedWithFile()
    const admin = await loginAs('admin')
    const res = await content(app.attachmentId, admin.cookie)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/)
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(app.bytes)
  })

  it.each(['coordinator', 'reviewer'] as const)(
    'lets a %s of the network download it, and not one of another network',
    async (role) => {
      const app = await submittedWithFile()
      const own = await loginAs(role, [app.plan.networkId])
      const res = await content(app.attachmentId, own.cookie)
      expect(res.status).toBe(200)
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(app.bytes)
      const elsewhere = await loginAs(role, [(await createOpenPlan()).networkId])
      const refused = await asJson(await content(app.attachmentId, elsewhere.cookie))
      expect(refused.status).toBe(404)
      expect(refused.body).toEqual({ message: message('notFound') })
      const meta = await api(`/attachments/${app.attachmentId}`, { cookie: elsewhere.cookie })
      expect(meta.status).toBe(404)
    },
  )

  it.each(['awarded', 'reported', 'settled'] as const)(
    'lets finance download only once the application is %s',
    async (status) => {
      const app = await submittedWithFile()
      const finance = await loginAs('finance')
      expect((await content(app.attachmentId, finance.cookie)).status).toBe(404)
      await setApplicationStatus(app.id, status)
      const res = await content(app.attachmentId, finance.cookie)
      expect(res.status).toBe(200)
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(app.bytes)
    },
  )

  it('refuses finance the files of a rejected application', async () => {
    const app = await submittedWithFile()
    await setApplicationStatus(app.id, 'rejected')
    const finance = await loginAs('finance')
    expect((await content(app.attachmentId, finance.cookie)).status).toBe(404)
  })

  it('answers 401 without a session', async () => {
    const app = await submittedWithFile()
    expect((await content(app.attachmentId)).status).toBe(401)
  })

  it('keeps the attachments of a draft from every staff member', async () => {
    const app = await draftWithPlan()
    const uploaded = await uploadAttachment(app.token, pdfBytes(), 'offerte.pdf')
    const staff = [
      await loginAs('admin'),
      await loginAs('coordinator', [app.plan.networkId]),
      await loginAs('reviewer', [app.plan.networkId]),
      await loginAs('finance'),
    ]
    for (const session of staff) {
      const role = session.user.role
      expect((await content(uploaded.body.id, session.cookie)).status, role).toBe(404)
      const meta = await api(`/attachments/${uploaded.body.id}`, { cookie: session.cookie })
      expect(meta.status, role).toBe(404)
      const list = await api('/attachments', {
        cookie: session.cookie,
        query: { filter: { applicationId: app.id } },
      })
      expect(list.body, role).toEqual([])
      expect(list.headers.get('content-range')).toBe('attachments */0')
    }
  })

  it('lists a submitted application’s attachments to staff without their storage key', async () => {
    const app = await submittedWithFile()
    const coordinator = await loginAs('coordinator', [app.plan.networkId])
    const list = await api('/attachments', {
      cookie: coordinator.cookie,
      query: { filter: { applicationId: app.id } },
    })
    expect(list.status).toBe(200)
    expect(list.body).toEqual([
      expect.objectContaining({
        id: app.attachmentId,
        applicationId: app.id,
        filename: 'offerte.pdf',
        contentType: 'application/pdf',
      }),
    ])
    expect(Object.keys(list.body[0])).not.toContain('storageKey')
  })
})
