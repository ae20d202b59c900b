// The words that, with a measure's title, name the controls each measure repeats on a theme page
// ("how it is measured", "the chart (SVG)"...). A screen reader lists a page's links by name, so
// each link says which measure it belongs to: `aria-labelledby` joins one of these words, written
// once on the page (ControlLabels.astro), to the measure's heading. That costs about 35 bytes a
// link, against about 115 for the title written out again in every link of 42,500 measure blocks.
// Each word holds the link's visible text, so a reader who says what they see still reaches it.

export const CONTROL_LABELS = {
  more: 'Trend, similar areas and figures:',
  earlier: 'Earlier periods:',
  share: 'Use and share this chart:',
  everyLa: 'every local authority:',
  everyNhs: 'every NHS area:',
  method: 'how it is measured:',
  svg: 'the chart (SVG):',
  csv: 'the figures (CSV):',
  own: 'open the chart on its own:',
} as const

export type ControlLabel = keyof typeof CONTROL_LABELS

/** The id of a label's one element on the page. */
export const controlLabelId = (label: ControlLabel): string => `name-${label}`

/** The value of `aria-labelledby` for a measure's control: its words, then the measure's heading. */
export const labelledBy = (label: ControlLabel, headingId: string): string => `${controlLabelId(label)} ${headingId}`
