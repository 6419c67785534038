import type { AdvantageTriggerResult } from './types';

const signed = (value: number, digits: number) => `${value < 0 ? '−' : ''}${Math.abs(value).toFixed(digits)}`;

/** An advantage in its unit, in words: "13.3 points", "−4 days", "2.4×". */
export function formatAdvantage(value: number | null, unit: AdvantageTriggerResult['unit']): string {
	if (value === null || !Number.isFinite(value)) return 'unknown';
	if (unit === 'points') return `${signed(value * 100, 1)} points`;
	if (unit === 'days') return `${signed(value, 0)} days`;
	return `${value.toFixed(2)}×`;
}

export const formatShare = (value: number | null): string => (value === null || !Number.isFinite(value) ? 'unknown' : `${(value * 100).toFixed(1)}%`);

export const formatCount = (n: number): string => Math.round(n).toLocaleString('en-US');

export function formatMonthSpan(from: string, to: string): string {
	return from === to ? from : `${from} to ${to}`;
}
