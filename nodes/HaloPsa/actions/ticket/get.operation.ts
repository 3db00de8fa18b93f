import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { optionsProperty } from '../../descriptions/common';
import { RECORDS } from '../../descriptions/records';
import { runParameter } from '../../helpers/parameters';
import { getOperation } from '../common/crud';

export const { description, execute } = getOperation({
	record: RECORDS.ticket,
	operation: 'get',
	extraProperties: [
		optionsProperty([
			{
				displayName: 'Include Last Action',
				name: 'includeLastAction',
				type: 'boolean',
				default: false,
				description: 'Whether to include the most recent action (note, email, time entry) in the record',
			},
		]),
	],
	query: (ctx: IExecuteFunctions, itemIndex: number) => {
		const options = runParameter<IDataObject>(ctx, 'options', itemIndex, {});
		return options.includeLastAction ? { includelastaction: true } : {};
	},
});
