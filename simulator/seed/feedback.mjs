// Seeded customer feedback (/Feedback): about half of the closed tickets got a rating from their user, a day
// after closing. Its own PRNG (seed name + ':feedback'), so adding it changed no other seeded value.
import { DAY, iso, makeRng } from './common.mjs';

// score → [band, comments]: Halo's 1 (best) … 4 (worst) scale; bands and texts invented
const SCORES = {
	1: ['Awesome', ['Fixed quickly, thank you!', 'Great service as always.', '']],
	2: ['Good', ['All sorted.', '']],
	3: ['OK', ['Took a while to hear back.', '']],
	4: ['Bad', ['Had to chase twice before anyone replied.']],
};

// evidence: feedback.seeded-scores
export function seedFeedback(store, seed) {
	const rng = makeRng(`${seed}:feedback`);
	const closed = store
		.coll('tickets')
		.all()
		.filter((ticket) => ticket.dateclosed);
	for (const ticket of closed) {
		if (!rng.chance(0.5)) continue;
		const score = rng.weighted([
			[1, 6],
			[2, 3],
			[3, 1],
			[4, 1],
		]);
		const [band, comments] = SCORES[score];
		store.coll('feedback').insert({
			ticket_id: ticket.id,
			feedback_faultid: ticket.id,
			date: iso(Date.parse(ticket.dateclosed) + DAY),
			score,
			score_band: band,
			comment: rng.pick(comments),
		});
	}
}
