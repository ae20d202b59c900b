// Period ids for hand-made fixtures, parsed as the contract parses them (a typo fails the test).
import { metricPeriod, PeriodIdSchema, type MetricPeriod, type MetricPeriodKind, type PeriodId } from '../../src/contract/periods.ts'

export const pid = (id: string): PeriodId => PeriodIdSchema.parse(id)

export const periodsOf = (kind: MetricPeriodKind, ids: readonly string[]): MetricPeriod[] => ids.map((id) => metricPeriod(id, kind))
