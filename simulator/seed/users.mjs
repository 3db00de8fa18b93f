// Seeded users (/Users) of one client: random names, unique across clients.
export const FIRST_NAMES = [
	'Alice',
	'Ben',
	'Chloe',
	'David',
	'Ella',
	'Farhan',
	'Grace',
	'Harry',
	'Isla',
	'Jack',
	'Katie',
	'Liam',
	'Maya',
	'Noah',
	'Olivia',
	'Paul',
	'Quinn',
	'Rosa',
	'Sam',
	'Tara',
	'Umar',
	'Vera',
	'Will',
	'Yasmin',
	'Zoe',
	'Mohammed',
	'Hannah',
	'Oscar',
	'Leah',
	'Ethan',
];

export const SURNAMES = [
	'Adams',
	'Baker',
	'Clarke',
	'Dawson',
	'Evans',
	'Foster',
	'Gupta',
	'Hughes',
	'Iqbal',
	'Jones',
	'Kowalski',
	'Lewis',
	'Morgan',
	'Novak',
	'Owens',
	'Patel',
	'Quinlan',
	'Roberts',
	'Singh',
	'Turner',
	'Usman',
	'Vaughan',
	'Walsh',
	'Young',
	'Zielinski',
];

export function seedUsers(put, rng, { client, clientIndex, domain, sites, userCount, usedNames }) {
	const users = [];
	for (let u = 0; u < userCount; u++) {
		let first;
		let last;
		do {
			first = rng.pick(FIRST_NAMES);
			last = rng.pick(SURNAMES);
		} while (usedNames.has(`${first} ${last}`));
		usedNames.add(`${first} ${last}`);
		const site = rng.pick(sites);
		users.push(
			put('users', {
				name: `${first} ${last}`,
				firstname: first,
				surname: last,
				emailaddress: `${first}.${last}@${domain}`.toLowerCase(),
				site_id: site.id,
				client_id: client.id,
				phonenumber: '',
				mobilenumber: `07700 9${String(rng.int(0, 99999)).padStart(5, '0')}`,
				login: `${first[0]}${last}`.toLowerCase(),
				inactive: u === userCount - 1 && clientIndex === 0,
				isimportantcontact: u === 0,
				notes: '',
				customfields: [],
			}),
		);
	}
	return users;
}
