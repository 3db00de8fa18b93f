import { siteLocator } from '../../descriptions/locators';
import { getOperation } from '../common/crud';

const operation = getOperation({
	resource: 'site',
	operation: 'get',
	path: '/Site',
	locator: siteLocator,
	locatorResource: 'site',
	label: 'Site',
});

export const { description, execute } = operation;
