// Measures of learning, absence and exclusions that users of DfE's tools (its Inclusion Dashboard,
// LAIT) look for and the site does not show, each with the reason in plain words, for the
// methodology. The integration tests check each reason against the files.

export interface SetAsideMeasure {
  /** What a reader would look for. */
  measure: string
  /** The registered sources it would come from. */
  sources: readonly string[]
  /** Why the site does not show it. */
  reason: string
}

export const OUTCOMES_SET_ASIDE: readonly SetAsideMeasure[] = [
  {
    measure: 'Absence by primary need',
    sources: ['d2i-absence-by-sen'],
    reason:
      'The extract\'s rows under "SEN primary need" are all for pupils with no SEN: they name no primary need, so there is nothing to show by need.',
  },
  {
    measure: 'Suspensions and permanent exclusions by primary need',
    sources: ['d2i-exclusions-by-sen'],
    reason: 'The extract gives suspensions and exclusions by SEN provision only (EHC plan, SEN support, no SEN), never by primary need.',
  },
  {
    measure: 'Persistent and severe absence of all pupils with SEN (an EHC plan and SEN support together)',
    sources: ['d2i-absence-by-sen', 'prepared-absence'],
    reason:
      "The extract gives percentages for each group without the pupil counts needed to combine them, and DfE's own table has overall and unauthorised absence only.",
  },
  {
    measure: 'Key stage 2 progress, English Baccalaureate and qualifications at 19 for all pupils with SEN',
    sources: ['lait-send'],
    reason: 'LAIT gives these for each SEN group as scores or percentages without counts, so the two SEN groups cannot be combined.',
  },
  {
    measure: 'Multiplication tables check for pupils with no identified SEN',
    sources: ['lait-send'],
    reason: 'The LAIT subset holds the check for pupils with an EHC plan, on SEN support and both together, not for pupils with no SEN.',
  },
  {
    measure: 'Permanent exclusions of children looked after',
    sources: ['lait-send'],
    reason: 'LAIT has no such measure: for children looked after it gives suspensions only.',
  },
  {
    measure: 'Suspensions and exclusions of children in need or looked after, by SEN status',
    sources: ['lait-send', 'cin-sen'],
    reason:
      "LAIT gives these for each whole group only, and DfE's children-in-need file gives the SEN of those children, not their exclusions.",
  },
  {
    measure: 'Authorised absence by SEN status',
    sources: ['prepared-absence'],
    reason: 'Not a measure of its own: it is overall absence minus unauthorised absence, and both of those are shown for the same years.',
  },
  {
    measure:
      'By type of school: pupils suspended at least once, permanent exclusions, and overall and severe absence; pupils on SEN support or with no SEN in special schools',
    sources: ['d2i-exclusions-by-sen', 'd2i-absence-by-sen'],
    reason:
      'The site shows suspensions and persistent absence by type of school and leaves out the other measures to stay within the size a published site may have (each measure adds about 3 MB of pages and charts). In special schools only pupils with an EHC plan are many enough for a figure in most areas: the absence extract has 895 area-years for them, 723 for pupils on SEN support and 62 for pupils with no SEN.',
  },
  {
    measure: 'Absence of pupils with SEN in England and the regions after 2022/23',
    sources: ['d2i-absence-by-sen'],
    reason: "The extract holds local authorities only, and DfE's own table, which has England and the regions, ends in 2022/23.",
  },
  {
    measure: "The extract's whole-year overall absence by SEN status for 2018/19 and 2020/21 to 2022/23",
    sources: ['d2i-absence-by-sen'],
    reason:
      "For these years the site shows DfE's own figures for the autumn and spring terms, which come with England and the regions. The two cover different parts of the year and differ, so they are not put in one series.",
  },
]
