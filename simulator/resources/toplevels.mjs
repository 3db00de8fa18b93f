// Top levels (schema Tree): the groups clients sit under. Bare array (the wrapper of a paged reply is
// undocumented; the node reads it unpaged).
import { defineResource } from '../collection.mjs';
import { requireText } from '../util.mjs';

export default defineResource({
	name: 'TopLevel',
	collection: 'toplevels',
	entity: 'Top level',
	schema: 'Tree',
	defaults: () => ({ name: '', notes: '', parentid: 0 }),
	validate: (el, { existing }) => requireText(el, 'name', 'Name', existing),
});
