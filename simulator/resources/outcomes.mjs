// Action outcomes (schema TOutcome). Bare array. systemid > 0 marks system outcomes.
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { isTrue } from '../paging.mjs';
import { requireText } from '../util.mjs';

export default defineResource({
	name: 'Outcome',
	collection: 'outcomes',
	entity: 'Outcome',
	schema: 'TOutcome',
	defaultOrder: 'sequence',
	baseFilter: (row, q) => !row.hidden || isTrue(q.showhidden),
	filters: { excludesystemactions: F.whenTrue((r) => !r.systemid) },
	// evidence: actions.outcome-list — a bare array; label in buttonname; hidefromuser and sendemail (int) per outcome
	defaults: () => ({
		outcome: '',
		buttonname: '',
		labellong: '',
		colour: '#808080',
		sequence: 100,
		hidden: false,
		systemid: 0,
		isimportant: false,
		hidefromuser: false,
		sendemail: 0,
	}),
	validate: (el, { existing }) => requireText(el, 'outcome', 'Outcome', existing),
	beforeSave(rec) {
		if (!rec.buttonname) rec.buttonname = rec.outcome;
	},
	// Who may not use an outcome (_deniedagents) is the simulator's own bookkeeping, not part of Halo's reply.
	transform(out) {
		for (const key of Object.keys(out)) if (key.startsWith('_')) delete out[key];
	},
});
