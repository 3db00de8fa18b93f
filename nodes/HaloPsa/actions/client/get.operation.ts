import { clientLocator } from '../../descriptions/locators';
import { getOperation } from '../common/crud';

const operation = getOperation({
	resource: 'client',
	operation: 'get',
	path: '/Client',
	locator: clientLocator,
	locatorResource: 'client',
	label: 'Client',
});

export const { description, execute } = operation;
