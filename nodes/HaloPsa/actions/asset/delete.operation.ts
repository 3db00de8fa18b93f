import { assetLocator } from '../../descriptions/locators';
import { deleteOperation } from '../common/crud';

const operation = deleteOperation({
	resource: 'asset',
	operation: 'delete',
	path: '/Asset',
	locator: assetLocator,
	locatorResource: 'asset',
	label: 'Asset',
});

export const { description, execute } = operation;
