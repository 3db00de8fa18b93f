// Static reference data for the seed (ids here are part of the simulator's contract; see README).
import { STATUS_TYPE } from './util.mjs';

export const TEAMS = [
	{ id: 1, name: 'Service Desk', sequence: 1 },
	{ id: 2, name: 'Projects', sequence: 2, forprojects: true },
	{ id: 3, name: 'NOC', sequence: 3 },
	{ id: 4, name: 'Escalations', sequence: 4 },
];

export const AGENTS = [
	{ id: 1, name: 'n8n API Agent', email: 'api-agent@demo-msp.example', team_id: 1, isapiagent: true },
	{ id: 2, name: 'Sarah Mitchell', email: 'sarah.mitchell@demo-msp.example', team_id: 1 },
	{ id: 3, name: "James O'Connor", email: 'james.oconnor@demo-msp.example', team_id: 1 },
	{ id: 4, name: 'Priya Sharma', email: 'priya.sharma@demo-msp.example', team_id: 1 },
	{ id: 5, name: 'Tom Becker', email: 'tom.becker@demo-msp.example', team_id: 3 },
	{ id: 6, name: 'Aisha Khan', email: 'aisha.khan@demo-msp.example', team_id: 3 },
	{ id: 7, name: 'Daniel Reyes', email: 'daniel.reyes@demo-msp.example', team_id: 2 },
	{ id: 8, name: 'Emma Lindqvist', email: 'emma.lindqvist@demo-msp.example', team_id: 2 },
	{ id: 9, name: 'Marcus Chen', email: 'marcus.chen@demo-msp.example', team_id: 4, extraTeams: [1] },
	{ id: 10, name: 'Olivia Grant', email: 'olivia.grant@demo-msp.example', team_id: 4 },
	{ id: 11, name: 'Peter Hollis', email: 'peter.hollis@demo-msp.example', team_id: 1, isdisabled: true },
];

const O = STATUS_TYPE.OPEN;
const P = STATUS_TYPE.PENDING;
const C = STATUS_TYPE.CLOSED;
export const STATUSES = [
	{ id: 1, name: 'New', shortname: 'NEW', type: O, sequence: 1, colour: '#2e86de' },
	{ id: 2, name: 'In Progress', shortname: 'INP', type: O, sequence: 2, colour: '#10ac84' },
	{ id: 3, name: 'Action Required', shortname: 'ACT', type: O, sequence: 3, colour: '#ee5253' },
	{ id: 4, name: 'With User', shortname: 'USR', type: P, sequence: 4, colour: '#feca57' },
	{ id: 5, name: 'Updated', shortname: 'UPD', type: O, sequence: 5, colour: '#5f27cd' },
	{ id: 6, name: 'With Supplier', shortname: 'SUP', type: P, sequence: 6, colour: '#ff9f43' },
	{ id: 7, name: 'On Hold', shortname: 'HLD', type: P, sequence: 7, colour: '#8395a7' },
	{ id: 8, name: 'Resolved', shortname: 'RES', type: C, sequence: 8, colour: '#1dd1a1' },
	{ id: 9, name: 'Closed', shortname: 'CLO', type: C, sequence: 9, colour: '#576574' },
];

export const TICKET_TYPES = [
	{ id: 1, name: 'Incident', sequence: 1, itilrequesttype: 1, workflow_id: 1 },
	// default_sla (spec RequestType.default_sla): the SLA whose priorities apply to this type's tickets.
	{ id: 2, name: 'Change Request', sequence: 2, itilrequesttype: 4, workflow_id: 2, default_sla: 3 },
	{ id: 3, name: 'Service Request', sequence: 3, itilrequesttype: 3, workflow_id: 1 },
	{ id: 4, name: 'Problem', sequence: 4, itilrequesttype: 2, workflow_id: 1 },
	{ id: 5, name: 'Alert', sequence: 5, itilrequesttype: 1, workflow_id: 1 },
	{ id: 6, name: 'Legacy Request', sequence: 6, inactive: true, workflow_id: 1 },
];

export const TOP_LEVELS = [
	{ id: 1, name: 'Customers' },
	{ id: 2, name: 'Partners' },
];

export const SLAS = [
	{ id: 1, name: 'Standard SLA' },
	{ id: 2, name: 'Premium 24x7 SLA' },
	{ id: 3, name: 'Change Management SLA' },
];

// [priorityid, name, fix hours, response hours, colour] per SLA
export const PRIORITIES = {
	1: [
		[1, 'Critical', 4, 0.5, '#ee5253'],
		[2, 'High', 8, 1, '#ff9f43'],
		[3, 'Medium', 24, 4, '#feca57'],
		[4, 'Low', 72, 8, '#10ac84'],
	],
	2: [
		[1, 'Critical', 2, 0.25, '#ee5253'],
		[2, 'High', 4, 0.5, '#ff9f43'],
		[3, 'Medium', 8, 2, '#feca57'],
		[4, 'Low', 24, 4, '#10ac84'],
	],
	// Priorities belong to an SLA (spec Policy.slaid; EVIDENCE 10.3: tickets use the int priorityid within it).
	// Fixed uuids (6th value): drawing them from the PRNG would change every record seeded after them.
	3: [
		[1, 'Emergency Change', 4, 1, '#ee5253', '00000000-0000-4000-a000-000000000301'],
		[2, 'Normal Change', 72, 8, '#feca57', '00000000-0000-4000-a000-000000000302'],
		[3, 'Standard Change', 120, 24, '#10ac84', '00000000-0000-4000-a000-000000000303'],
	],
};

// Outcome labels and ids vary by tenant (EVIDENCE 2.5); id 7 is the built-in private note. Each carries its own
// hide-from-user default (EVIDENCE 2.6). "Re-Assign" may not be used by the API agent (EVIDENCE 2.4).
export const OUTCOMES = [
	{ id: 1, outcome: 'Status Change', sequence: 8, colour: '#8395a7', systemid: 2, hidefromuser: true },
	{ id: 2, outcome: 'Email User', sequence: 3, colour: '#2e86de', hidefromuser: false, sendemail: 1 },
	{ id: 3, outcome: 'Public Note', sequence: 2, colour: '#10ac84', hidefromuser: false },
	{ id: 4, outcome: 'Time Entry', sequence: 4, colour: '#5f27cd', hidefromuser: true },
	{ id: 5, outcome: 'Resolved', sequence: 5, colour: '#1dd1a1', isimportant: true, hidefromuser: false },
	{ id: 6, outcome: 'Phone Call', sequence: 6, colour: '#ff9f43', hidefromuser: true },
	{ id: 7, outcome: 'Private Note', sequence: 1, colour: '#576574', hidefromuser: true },
	{ id: 8, outcome: 'Ticket Logged', sequence: 9, colour: '#8395a7', systemid: 1, hidefromuser: true },
	{ id: 11, outcome: 'Re-Assign', sequence: 10, colour: '#ee5253', hidefromuser: true, _deniedagents: [1] },
	{ id: 21, outcome: 'Escalate', sequence: 11, colour: '#ff6b6b', hidefromuser: true },
];

// Ticket type workflows (EVIDENCE 10.7): the outcomes each step allows, by outcome id. Step shape: spec FlowDetail/FlowSubDetail.
export const WORKFLOWS = [
	{
		id: 1,
		name: 'Standard Incident',
		steps: [
			['Open', [7, 3, 2, 4, 6, 11, 21]],
			['Resolve', [5]],
		],
	},
	{
		id: 2,
		name: 'Change Approval',
		steps: [
			['Review', [7, 3]],
			['Implement', [7, 4]],
			['Close', [5]],
		],
	},
];

export const FIELDS = [
	{ id: 150, name: 'CFRMMAlertID', label: 'RMM Alert ID', typeid: 1, type: 0, inputtype: 0, searchable: true },
	{ id: 151, name: 'CFBillingCode', label: 'Billing Code', typeid: 1, type: 0, inputtype: 0 },
	{ id: 152, name: 'CFImpactScore', label: 'Impact Score', typeid: 1, type: 0, inputtype: 1 },
	{ id: 153, name: 'CFAccountTier', label: 'Account Tier', typeid: 2, type: 0, inputtype: 0 },
	{ id: 154, name: 'CFSiteAccessNotes', label: 'Site Access Notes', typeid: 3, type: 1, inputtype: 0 },
	{ id: 155, name: 'CFWarrantyProvider', label: 'Warranty Provider', typeid: 5, type: 0, inputtype: 0 },
	{ id: 156, name: 'CFWorkCategory', label: 'Work Category', typeid: 6, type: 0, inputtype: 0 },
];

// Each asset type lists its fields as rows (GET /AssetType `fields[]`): a row has its own `id`, which the type's
// keyfield*_id point at, and `field_id`, the asset field it shows (simulator/resources/assets.mjs ASSET_FIELDS).
// Row ids run on across types, so none equals the field id it carries. Hostname is key field 1, Serial Number 2.
const ROW_FIELDS = [6, 2, 1, 3, 4, 5];
const typeWithRows = (type, index) => {
	const fields = ROW_FIELDS.map((fieldId, k) => ({ id: 21 + index * 10 + k, field_id: fieldId, sequence: k + 1 }));
	return { ...type, fields, keyfield_id: fields[0].id, keyfield2_id: fields[1].id, keyfield3_id: 0 };
};
export const ASSET_TYPES = [
	{ id: 1, name: 'Workstation', assetgroup_id: 1, code: 'WS' },
	{ id: 2, name: 'Laptop', assetgroup_id: 1, code: 'LT' },
	{ id: 3, name: 'Server', assetgroup_id: 2, code: 'SRV' },
	{ id: 4, name: 'Firewall', assetgroup_id: 2, code: 'FW' },
	{ id: 5, name: 'Switch', assetgroup_id: 2, code: 'SW' },
].map(typeWithRows);

// [name, code, domain, sla_id, tier, sites, users, inactive?]
export const CLIENTS = [
	[
		'Acme Logistics Ltd',
		'ACME',
		'acmelogistics.example',
		1,
		'Gold',
		['Head Office', 'Distribution Centre', 'Northern Depot'],
		9,
	],
	[
		'Bluewater Dental Group',
		'BWDG',
		'bluewaterdental.example',
		2,
		'Gold',
		['Harbour Street Clinic', 'Westfield Clinic'],
		7,
	],
	['Northwind Accountancy LLP', 'NWA', 'northwind-accountancy.example', 1, 'Silver', ['Main Office'], 5],
	[
		'Harbourview Hotels',
		'HVH',
		'harbourviewhotels.example',
		2,
		'Gold',
		['The Quay Hotel', 'Riverside Hotel', 'Central Reservations'],
		8,
	],
	['Crestline Engineering', 'CRE', 'crestline-eng.example', 1, 'Silver', ['Works', 'Design Office'], 6],
	['Pinecrest Legal', 'PCL', 'pinecrestlegal.example', 1, 'Bronze', ['Chambers'], 5],
	['Greystone Pharmacy', 'GSP', 'greystonepharmacy.example', 1, 'Bronze', ['Shop'], 0, true],
];

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

export const KB = [
	[
		'How to reset your password',
		'Use the self-service portal to reset a forgotten Windows / Microsoft 365 password.',
		'password,reset,m365',
	],
	[
		'Connecting to the VPN',
		'Install the VPN client, sign in with your work account and approve the MFA prompt.',
		'vpn,remote,mfa',
	],
	[
		'Adding a network printer',
		'Open Settings > Printers, choose Add device and pick the printer by site name.',
		'printer,network',
	],
	[
		'Outlook keeps asking for a password',
		'Clear cached credentials in Credential Manager and restart Outlook.',
		'outlook,email,password',
	],
	[
		'Setting up MFA on a new phone',
		'Use the Authenticator app; your old device must approve the move or call the service desk.',
		'mfa,authenticator,phone',
	],
	[
		'Mapping a shared drive',
		'Map \\\\fileserver\\shared using File Explorer > This PC > Map network drive.',
		'drive,share,files',
	],
	[
		'Requesting new starter accounts',
		'Raise a Service Request with the start date, role and manager at least 5 working days ahead.',
		'onboarding,new starter,account',
	],
	[
		'Leaver checklist',
		'Disable the account, convert the mailbox, collect the laptop and revoke MFA.',
		'offboarding,leaver',
	],
	[
		'Teams audio not working',
		'Check the selected device in Teams settings and update the audio driver.',
		'teams,audio',
	],
	[
		'OneDrive sync errors',
		'Pause and resume sync; if the red cross remains, unlink and relink the PC.',
		'onedrive,sync',
	],
	[
		'Phishing: what to do',
		'Do not click links; use the Report Message button and delete the email.',
		'security,phishing,email',
	],
	[
		'Laptop will not charge',
		'Try another charger and power outlet; book a hardware check if it persists.',
		'laptop,hardware,battery',
	],
	['Wi-Fi guest access', 'Guest Wi-Fi vouchers are issued by reception and last 24 hours.', 'wifi,guest,network'],
	[
		'Installing approved software',
		'Use Company Portal; request anything not listed with a Service Request.',
		'software,install',
	],
	['Archived: Windows 7 upgrade FAQ', 'Superseded by the Windows 11 rollout guide.', 'windows,legacy', true],
];

export const SUMMARIES = {
	1: [
		'Outlook not opening',
		'Cannot connect to VPN',
		'Printer offline at {site}',
		'Laptop running very slowly',
		'Shared drive not accessible',
		'Teams calls dropping',
		'Cannot log in to PC',
		'Email not syncing on phone',
		'Blue screen on startup',
		'Password locked out',
	],
	2: [
		'Firewall rule change for new supplier',
		'Upgrade switch firmware at {site}',
		'Migrate file share to SharePoint',
		'Replace server UPS batteries',
	],
	3: [
		'New starter: {name}',
		'Leaver: disable account for {name}',
		'Request for second monitor',
		'Install Adobe Acrobat',
		'Access to finance shared mailbox',
		'New mobile phone setup',
	],
	4: [
		'Recurring VPN disconnects across {client}',
		'Intermittent packet loss at {site}',
		'Repeated Outlook profile corruption',
	],
	5: [
		'Disk space low on {asset}',
		'Backup failed on {asset}',
		'CPU usage above 95% on {asset}',
		'Device offline: {asset}',
		'Antivirus threat detected on {asset}',
	],
};

export const NOTES = {
	private: [
		'Checked event logs, nothing obvious.',
		'Escalating to NOC for a look at the firewall logs.',
		'Remoted on, cleared the print queue.',
		'Waiting on vendor callback.',
		'Restarted the service and monitored for 10 minutes.',
	],
	public: [
		'Hi, we are looking into this now and will update you shortly.',
		'Could you confirm whether this affects anyone else at your site?',
		'We have applied a fix, please let us know if the problem returns.',
		'Thanks for your patience, an engineer will call you this afternoon.',
	],
	resolved: [
		'Issue resolved, closing ticket.',
		'Fixed remotely, user confirmed all working.',
		'Alert cleared automatically, no further action.',
	],
};
