import { siteLocator } from '../../descriptions/locators';
import { deleteOperation } from '../common/crud';

const operation = deleteOperation({
	resource: 'site',
	operation: 'delete',
	path: '/Site',
	locator: siteLocator,
	locatorResource: 'site',
	label: 'Site',
});

export const { description, execute } = operation;
