import { userLocator } from '../../descriptions/locators';
import { getOperation } from '../common/crud';

const operation = getOperation({
	resource: 'user',
	operation: 'get',
	path: '/Users',
	locator: userLocator,
	locatorResource: 'user',
	label: 'User',
});

export const { description, execute } = operation;
