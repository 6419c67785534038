import type { IcpDefinition } from '../icp/types';
import { triggerContext } from './context';
import { conversionTrigger } from './conversionTrigger';
import { cltvTrigger } from './cltvTrigger';
import { cycleTrigger } from './cycleTrigger';
import type { DataSpan, DriftInputs } from './inputs';
import { MIX_SPECS, mixTrigger } from './mixTrigger';
import { isIsoDate, lastDayOfMonth } from './months';
import { retentionTrigger } from './retentionTrigger';
import { entryDate, findAcknowledgement, type ReviewLog, type TriggerAcknowledgement } from './reviewLog';
import { resolveDriftSettings, type DriftSettings, type DriftSettingsInput } from './settings';
import { stalenessTrigger } from './stalenessTrigger';
import { worstStatus, type MonthSpan, type TriggerResult, type TriggerStatus } from './types';
import { winRateTrigger } from './winRateTrigger';

export interface DriftCheckOptions {
	/** The ICP installed in the engine (for the staleness trigger's versions and dates). */
	definition: IcpDefinition;
	/** Overrides of DEFAULT_DRIFT_SETTINGS. */
	settings?: DriftSettingsInput;
	/** The day staleness is measured on, 'YYYY-MM-DD'; default the last day of the data's last month. */
	asOf?: string;
	/** Acknowledgements and ICP reviews recorded by the user. */
	log?: ReviewLog;
}

/** A trigger result with the acknowledgement (if any) that covers its current episode. */
export type ReviewedTrigger = TriggerResult & { acknowledgement: TriggerAcknowledgement | null };

export interface DriftReport {
	asOf: string;
	span: DataSpan;
	reference: MonthSpan;
	settings: DriftSettings;
	icpName: string;
	triggers: ReviewedTrigger[];
	/** The worst status of any trigger. */
	status: TriggerStatus;
	/** Some trigger is at review and its episode has not been acknowledged: the review command exits 1. */
	reviewDue: boolean;
}

/** All triggers on aggregates already queried (queryDriftInputs, or a plain-TS equivalent in tests). */
export function evaluateDrift(inputs: DriftInputs, options: DriftCheckOptions): DriftReport {
	const settings = resolveDriftSettings(options.settings);
	const asOf = options.asOf ?? lastDayOfMonth(inputs.span.lastMonth);
	if (!isIsoDate(asOf)) throw new RangeError(`asOf: expected a date YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
	const context = triggerContext(inputs.span, settings);
	const reviewDates = (options.log?.entries ?? []).filter((e) => e.kind === 'icp-reviewed').map(entryDate);
	const results: TriggerResult[] = [
		winRateTrigger(inputs.winLoss, context),
		cycleTrigger(inputs.wonCycles, context),
		retentionTrigger(inputs.logoRetention, context),
		cltvTrigger(inputs.customerMonths, context),
		conversionTrigger(inputs.leadConversion, context, inputs.span.lastDate),
		...MIX_SPECS.map((spec) => mixTrigger(spec, inputs.pipelineMix, context)),
		stalenessTrigger(options.definition, reviewDates, asOf, context)
	];
	const triggers = results.map((t): ReviewedTrigger => ({ ...t, acknowledgement: findAcknowledgement(options.log, t) }));
	return {
		asOf,
		span: inputs.span,
		reference: context.reference,
		settings,
		icpName: options.definition.name,
		triggers,
		status: worstStatus(triggers.map((t) => t.status)),
		reviewDue: triggers.some((t) => t.status === 'review' && t.acknowledgement === null)
	};
}
