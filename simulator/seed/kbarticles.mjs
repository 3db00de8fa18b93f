// Seeded knowledge base articles (/KBArticle); dates count back from the anchor.
import { DAY, iso } from './common.mjs';

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

export function seedKbArticles(put, anchor) {
	KB.forEach(([name, description, tags, inactive], i) => {
		put('kbarticles', {
			name,
			description,
			resolution: '',
			tag_string: tags,
			tags: tags.split(',').map((t, k) => ({ id: k + 1, text: t })),
			type: 0,
			inactive: !!inactive,
			view_count: 5 + ((i * 37) % 120),
			date_created: iso(anchor.getTime() - (300 - i * 11) * DAY),
			date_edited: iso(anchor.getTime() - (60 - i) * DAY),
		});
	});
}
