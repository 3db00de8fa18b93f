import { assetLocator } from '../../descriptions/locators';
import { getOperation } from '../common/crud';

const operation = getOperation({
	resource: 'asset',
	operation: 'get',
	path: '/Asset',
	locator: assetLocator,
	locatorResource: 'asset',
	label: 'Asset',
});

export const { description, execute } = operation;
