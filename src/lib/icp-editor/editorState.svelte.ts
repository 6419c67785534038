import { defaultIcp, loadActiveIcp, resetActiveIcp, saveActiveIcp } from '$lib/app/activeIcp';
import { session } from '$lib/app/session.svelte';
import { downloadFile } from '$lib/export/downloadFile';
import type { AccountColumn } from '$lib/icp/accountColumns';
import { checkCriteriaColumns } from '$lib/icp/checkCriteriaColumns';
import { prepareDatabase } from '$lib/db/prepareDatabase';
import { parseIcpDefinition } from '$lib/icp/parseIcpDefinition';
import { IcpDefinitionError, type IcpDefinition, type IcpError } from '$lib/icp/types';
import { profileAccounts, type AccountsProfile } from './attributeProfile';
import { definitionFileName, definitionToJson, readDefinitionFile, sameDefinition } from './definitionFile';

/**
 * applied: the draft is what every panel uses; pending: edited, waiting for the pause in typing;
 * applying: being checked against the data and installed; invalid: the draft has errors and the last
 * valid definition stays applied; failed: the engine failed for another reason.
 */
export type ApplyStatus = 'applied' | 'pending' | 'applying' | 'invalid' | 'failed';

/** How long the editor waits after the last edit before applying the draft to every panel. */
const APPLY_DELAY_MS = 600;

function parseOrThrow(input: unknown): IcpDefinition {
	const parsed = parseIcpDefinition(input);
	if (!parsed.ok) throw new IcpDefinitionError(parsed.errors);
	return parsed.definition;
}

/**
 * The ICP editor's state for the whole session (kept when the user leaves the page): the draft being
 * edited, the definition applied to every panel, the one saved in the browser, and the apply cycle.
 * A valid draft is applied after a short pause: prepareDatabase re-creates account_fit, the frozen
 * classification and the KPI views, then session.refresh() bumps the revision every panel recomputes on.
 */
class IcpEditorState {
	draft = $state.raw<IcpDefinition>(parseOrThrow(defaultIcp));
	applied = $state.raw<IcpDefinition>(parseOrThrow(defaultIcp));
	saved = $state.raw<IcpDefinition>(parseOrThrow(defaultIcp));
	readonly defaultDefinition = parseOrThrow(defaultIcp);
	status = $state<ApplyStatus>('applied');
	errors = $state.raw<IcpError[]>([]);
	failure = $state<string | null>(null);
	/** Errors of the last JSON file the user tried to load (nothing was replaced). */
	loadErrors = $state.raw<IcpError[]>([]);
	notice = $state<string | null>(null);
	/** null: each deal, lead and customer by the version in force on its date. */
	classifyBy = $state<string | null>(null);
	editingVersion = $state(0);
	selectedAccount = $state<string | null>(null);
	profile = $state.raw<AccountsProfile | null>(null);
	profileError = $state<string | null>(null);
	/** How many times a draft was applied; lets tests wait for a specific apply. */
	appliedCount = $state(0);
	private timer: ReturnType<typeof setTimeout> | undefined;
	private started = false;

	get columns(): AccountColumn[] {
		return this.profile?.attributes.map((a) => a.column) ?? [];
	}

	get isSaved(): boolean {
		return sameDefinition(this.draft, this.saved);
	}

	/** Takes the definition the app installed at start (the saved one, else the default), once per session. */
	start() {
		if (this.started) return;
		this.started = true;
		const parsed = parseIcpDefinition(loadActiveIcp());
		if (parsed.ok) {
			this.draft = this.applied = this.saved = parsed.definition;
			this.editingVersion = parsed.definition.versions.length - 1;
		}
	}

	/** Reads what the accounts hold (columns, common values, ranges); the editor suggests values from it. */
	async loadProfile() {
		try {
			const profile = await session.run('icp-editor:profile', profileAccounts);
			if (profile) this.profile = profile;
			this.profileError = null;
		} catch (error) {
			this.profileError = error instanceof Error ? error.message : String(error);
		}
	}

	/** Replaces the draft and schedules applying it. */
	edit(next: IcpDefinition) {
		this.draft = next;
		this.notice = null;
		this.editingVersion = Math.min(this.editingVersion, next.versions.length - 1);
		this.status = 'pending';
		clearTimeout(this.timer);
		this.timer = setTimeout(() => void this.apply(), APPLY_DELAY_MS);
	}

	/** Errors found without the engine: the format, then each criterion against the account columns. */
	private checkLocally(draft: IcpDefinition): IcpError[] {
		const parsed = parseIcpDefinition(draft);
		if (!parsed.ok) return parsed.errors;
		return this.columns.length > 0 ? checkCriteriaColumns(parsed.definition, this.columns) : [];
	}

	async apply() {
		clearTimeout(this.timer);
		const draft = this.draft;
		const local = this.checkLocally(draft);
		if (local.length > 0) {
			this.errors = local;
			this.status = 'invalid';
			return;
		}
		if (sameDefinition(draft, this.applied) && this.failure === null) {
			this.errors = [];
			this.status = 'applied';
			return;
		}
		this.status = 'applying';
		const classifyBy = draft.versions.some((v) => v.version === this.classifyBy) ? this.classifyBy : null;
		try {
			const installed = await session.run('icp-editor:apply', (engine) => prepareDatabase(engine, draft, { classifyBy }));
			if (!installed) return;
			this.applied = draft;
			this.classifyBy = classifyBy;
			this.failure = null;
			if (this.draft === draft) {
				this.errors = [];
				this.status = 'applied';
			}
			this.appliedCount++;
			session.refresh();
		} catch (error) {
			if (this.draft !== draft) return;
			if (error instanceof IcpDefinitionError) {
				this.errors = error.errors;
				this.status = 'invalid';
			} else {
				this.failure = error instanceof Error ? error.message : String(error);
				this.status = 'failed';
			}
		}
	}

	/** The classification is frozen into tables (prepareDatabase), so switching versions re-prepares it. */
	async setClassifyBy(version: string | null) {
		const applied = this.applied;
		try {
			const prepared = await session.run('icp-editor:classify', (engine) => prepareDatabase(engine, applied, { classifyBy: version }));
			if (!prepared) return;
			this.classifyBy = version;
			session.refresh();
		} catch (error) {
			this.failure = error instanceof Error ? error.message : String(error);
		}
	}

	/** Keeps the applied draft in this browser (the bundled default is kept as "nothing saved"). */
	save() {
		if (this.status !== 'applied') return;
		if (sameDefinition(this.draft, this.defaultDefinition)) resetActiveIcp();
		else saveActiveIcp(JSON.parse(definitionToJson(this.draft)));
		this.saved = this.draft;
		this.notice = 'Saved in this browser: the dashboard opens with this definition.';
	}

	download() {
		downloadFile(definitionFileName(this.draft), definitionToJson(this.draft), 'application/json');
	}

	/** Replaces the draft with a JSON file's definition when the file is valid; otherwise reports why. */
	load(text: string, fileName: string) {
		const result = readDefinitionFile(text, fileName);
		if (!result.ok) {
			this.loadErrors = result.errors;
			this.notice = null;
			return;
		}
		this.loadErrors = [];
		this.edit(result.definition);
		this.editingVersion = result.definition.versions.length - 1;
		this.notice = `Loaded ${fileName}. Save to keep it in this browser.`;
	}

	resetToDefault() {
		this.edit(this.defaultDefinition);
		this.editingVersion = this.defaultDefinition.versions.length - 1;
		this.notice = 'Reset to the bundled default. Save to keep it in this browser.';
	}

	discardChanges() {
		this.edit(this.saved);
		this.editingVersion = Math.min(this.editingVersion, this.saved.versions.length - 1);
	}
}

export const icpEditor = new IcpEditorState();
