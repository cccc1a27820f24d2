// No pages of its own, so no menu entry: registered so an application's page can list its files.
export default {
  name: 'attachments',
  recordRepresentation: 'filename',
}
