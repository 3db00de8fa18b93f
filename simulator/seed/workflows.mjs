// Seeded ticket type workflows (/Workflow), their steps naming the outcomes each allows.
import { OUTCOMES } from './outcomes.mjs';

// Ticket type workflows (EVIDENCE 10.7): the outcomes each step allows, by outcome id. Step shape: spec FlowDetail/FlowSubDetail.
export const WORKFLOWS = [
	{
		id: 1,
		name: 'Standard Incident',
		steps: [
			['Open', [7, 3, 2, 4, 6, 11, 21]],
			['Resolve', [5]],
		],
	},
	{
		id: 2,
		name: 'Change Approval',
		steps: [
			['Review', [7, 3]],
			['Implement', [7, 4]],
			['Close', [5]],
		],
	},
];

export function seedWorkflows(put) {
	for (const w of WORKFLOWS) {
		const steps = w.steps.map(([name, outcomeIds], index) => ({
			id: w.id * 100 + index + 1,
			flow_id: w.id,
			name,
			isstart: index === 0,
			isend: index === w.steps.length - 1,
			actions: outcomeIds.map((outcomeId) => {
				const o = OUTCOMES.find((x) => x.id === outcomeId);
				return { flow_id: w.id, action_id: outcomeId, action_name: o.outcome, action_outcome: o.outcome };
			}),
		}));
		put('workflows', { id: w.id, name: w.name, active: true, steps });
	}
}
