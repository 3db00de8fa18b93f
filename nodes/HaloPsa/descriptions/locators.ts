import { recordLocator } from './common';

/** Resource locators for the records flows point at; each searches Halo through a listSearch method. */
export const ticketLocator = recordLocator({
	name: 'ticketId',
	displayName: 'Ticket',
	searchMethod: 'searchTickets',
	urlPlaceholder: 'e.g. https://acme.halopsa.com/ticket?id=1234',
});

export const clientLocator = recordLocator({
	name: 'clientId',
	displayName: 'Client',
	searchMethod: 'searchClients',
	urlPlaceholder: 'e.g. https://acme.halopsa.com/customers?clientid=12',
});

export const siteLocator = recordLocator({
	name: 'siteId',
	displayName: 'Site',
	searchMethod: 'searchSites',
	urlPlaceholder: 'e.g. https://acme.halopsa.com/customers?siteid=34',
});

export const userLocator = recordLocator({
	name: 'userId',
	displayName: 'User',
	searchMethod: 'searchUsers',
	urlPlaceholder: 'e.g. https://acme.halopsa.com/customers?userid=56',
});

export const agentLocator = recordLocator({
	name: 'agentId',
	displayName: 'Agent',
	searchMethod: 'searchAgents',
	urlPlaceholder: 'e.g. https://acme.halopsa.com/config/agents?agentid=7',
});

export const assetLocator = recordLocator({
	name: 'assetId',
	displayName: 'Asset',
	searchMethod: 'searchAssets',
	urlPlaceholder: 'e.g. https://acme.halopsa.com/assets?assetid=89',
});
