// Recorded through the decision dialog (ranking, application page), never edited: a resource for
// reading them, without pages of its own.
export default {
  name: 'decisions',
}
