import { clientLocator } from '../../descriptions/locators';
import { deleteOperation } from '../common/crud';

const operation = deleteOperation({
	resource: 'client',
	operation: 'delete',
	path: '/Client',
	locator: clientLocator,
	locatorResource: 'client',
	label: 'Client',
});

export const { description, execute } = operation;
