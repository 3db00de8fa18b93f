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
  notFound: 'message',
  defaultOrder: 'sequence',
  baseFilter: (row, q) => !row.hidden || isTrue(q.showhidden),
  filters: { excludesystemactions: F.whenTrue((r) => !r.systemid) },
  defaults: () => ({ outcome: '', buttonname: '', labellong: '', colour: '#808080', sequence: 100, hidden: false, systemid: 0, isimportant: false }),
  validate: (el, { existing }) => requireText(el, 'outcome', 'Outcome', existing),
  beforeSave(rec) {
    if (!rec.buttonname) rec.buttonname = rec.outcome;
  },
});
