// Knowledge base articles (schema KBEntry). Wrapper `articles`, paged. search covers title,
// description and tags.
import { defineResource } from '../collection.mjs';
import * as F from '../filters.mjs';
import { requireText, iso, has } from '../util.mjs';

export default defineResource({
	name: 'KBArticle',
	collection: 'kbarticles',
	entity: 'Article',
	schema: 'KBEntry',
	wrapper: 'articles',
	readOnly: ['view_count', 'date_created', 'date_edited'],
	hideInList: ['description_html', 'resolution_html'],
	baseFilter: F.activeFilter,
	// evidence: general.spec-list-filters
	filters: {
		search: F.contains('name', 'description', 'tag_string', 'tags'),
		type: F.eq('type'),
	},
	defaults: ({ now }) => ({
		name: '',
		description: '',
		resolution: '',
		tag_string: '',
		tags: [],
		type: 0,
		inactive: false,
		view_count: 0,
		date_created: iso(now),
		date_edited: iso(now),
	}),
	validate: (el, { existing }) => requireText(el, 'name', 'Name', existing),
	beforeSave(rec, el, { now }) {
		if (has(el, 'tags') && Array.isArray(el.tags)) rec.tag_string = el.tags.map((t) => t.text ?? t.name ?? t).join(',');
		else if (has(el, 'tag_string'))
			rec.tags = String(rec.tag_string)
				.split(',')
				.filter(Boolean)
				.map((t, i) => ({ id: i + 1, text: t.trim() }));
		rec.date_edited = iso(now);
	},
});
