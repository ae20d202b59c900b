// Each outcome's event study for each comparison, as an SVG file the page shows as an image: the
// page stays light on a phone, and a chart is fetched only when its fold is opened.
import type { APIRoute } from 'astro'
import { svgFile } from '../../../charts/svg-document.ts'
import { eventStudyChart } from '../../../charts/event-study-chart.ts'
import type { ComparisonResult, OutcomeResult } from '../../../contract/change-programme.ts'
import { eventStudyInput } from '../../../site/programme-view.ts'
import { changeProgramme, metric } from '../../../site/site-data.ts'

export function getStaticPaths() {
  return changeProgramme().outcomes.flatMap((outcome) =>
    outcome.comparisons
      .filter((c) => c.periods.length > 0)
      .map((comparison) => ({ params: { chart: `${outcome.metric}-${comparison.comparison}` }, props: { outcome, comparison } })),
  )
}

export const GET: APIRoute = ({ props }) => {
  const { outcome, comparison } = props as { outcome: OutcomeResult; comparison: ComparisonResult }
  const svg = eventStudyChart(eventStudyInput(outcome, comparison, metric(outcome.metric), changeProgramme()))
  return new Response(svgFile(svg), { headers: { 'content-type': 'image/svg+xml' } })
}
