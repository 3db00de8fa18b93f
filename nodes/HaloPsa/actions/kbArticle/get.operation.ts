import { RECORDS } from '../../descriptions/records';
import { getOperation } from '../common/crud';
import type { ToolText } from '../../descriptions/tool';

export const { description, execute } = getOperation({ record: RECORDS.kbArticle, operation: 'get' });

export const tool: ToolText = {
	needs: 'the article ID (a number)',
	returns: 'the article: title, description, resolution and tags',
};
