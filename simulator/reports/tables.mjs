// The tables a report's SQL sees, built from the simulator's store. Halo's reporting runs SQL directly
// against its SQL Server database; only the ticket table's name (FAULTS) and its summary column (symptom)
// are backed by evidence (EVIDENCE 4: webhook conditions name `faults.symptom`). Every other table and
// column name below is an assumption modelled on Halo's database naming, documented in simulator/README.md.
// Names are lower case: the engine runs case-insensitive like SQL Server, and then keys rows in lower case.
import { STATUS_TYPE } from '../util.mjs';

// Dates stay ISO text: alasql compares text with text, so `dateoccured >= '2026-01-01'` works as in SQL
// Server; its date functions (GETDATE, DATEADD) return Date objects that do not compare with them.
const date = (value) => (value ? new Date(value).toISOString() : null);
const CUSTOM_FIELD_TYPE_TICKET = 1;

/** table name → { columns: [[name, SQL type]], rows(sim) } */
export const TABLES = {
	// evidence: reports.table-faults
	faults: {
		columns: [
			['faultid', 'INT'],
			['symptom', 'STRING'],
			['symptom2', 'STRING'],
			['status', 'INT'],
			['requesttypenew', 'INT'],
			['seriousness', 'INT'],
			['slaid', 'INT'],
			['areaint', 'INT'],
			['sitenumber', 'INT'],
			['userid', 'INT'],
			['assignedtoint', 'INT'],
			['sectio_', 'STRING'],
			['dateoccured', 'STRING'],
			['datecleared', 'STRING'],
			['lastactiondate', 'STRING'],
			['fixbydate', 'STRING'],
			['timetaken', 'NUMBER'],
			['fdeleted', 'INT'],
		],
		rows(sim) {
			const fields = sim.store
				.coll('fieldinfo')
				.all()
				.filter((f) => f.typeid === CUSTOM_FIELD_TYPE_TICKET);
			return sim.store
				.coll('tickets')
				.all()
				.map((t) => {
					const row = {
						faultid: t.id,
						symptom: t.summary ?? '',
						symptom2: t.details ?? '',
						status: t.status_id,
						requesttypenew: t.tickettype_id,
						seriousness: t.priority_id,
						slaid: t.sla_id,
						areaint: t.client_id,
						sitenumber: t.site_id,
						userid: t.user_id,
						assignedtoint: t.agent_id,
						sectio_: t.team ?? '',
						dateoccured: date(t.dateoccurred),
						datecleared: date(t.dateclosed),
						lastactiondate: date(t.lastactiondate),
						fixbydate: date(t.fixbydate),
						timetaken: t.timetaken ?? 0,
						fdeleted: t.deleted ? 1 : 0,
					};
					// Ticket custom fields are columns of FAULTS named like the field (assumption).
					for (const field of fields) {
						const value = (t.customfields ?? []).find((cf) => cf.id === field.id)?.value;
						row[String(field.name).toLowerCase()] = value ?? null;
					}
					return row;
				});
		},
	},
	actions: {
		columns: [
			['faultid', 'INT'],
			['actionnumber', 'INT'],
			['whe_', 'STRING'],
			['whoagentid', 'INT'],
			['note', 'STRING'],
			['timetaken', 'NUMBER'],
			// evidence: billing.report-nonbilltime
			['nonbilltime', 'NUMBER'],
			['actoutcome', 'STRING'],
			['hiddenfromuser', 'INT'],
		],
		rows: (sim) =>
			sim.store
				.coll('actions')
				.all()
				.map((a) => ({
					faultid: a.ticket_id,
					actionnumber: a.actionnumber,
					whe_: date(a.datetime),
					whoagentid: a.who_agentid ?? 0,
					note: a.note ?? '',
					timetaken: a.timetaken ?? 0,
					nonbilltime: a.nonbilltime ?? 0,
					actoutcome: a.outcome ?? '',
					hiddenfromuser: a.hiddenfromuser ? 1 : 0,
				})),
	},
	area: {
		columns: [
			['aarea', 'INT'],
			['aareadesc', 'STRING'],
			['inactive', 'INT'],
		],
		rows: (sim) =>
			sim.store
				.coll('clients')
				.all()
				.map((c) => ({ aarea: c.id, aareadesc: c.name, inactive: c.inactive ? 1 : 0 })),
	},
	site: {
		columns: [
			['ssitenum', 'INT'],
			['sdesc', 'STRING'],
			['sarea', 'INT'],
		],
		rows: (sim) =>
			sim.store
				.coll('sites')
				.all()
				.map((s) => ({ ssitenum: s.id, sdesc: s.name, sarea: s.client_id })),
	},
	users: {
		columns: [
			['uid', 'INT'],
			['uusername', 'STRING'],
			['uemail', 'STRING'],
			['usite', 'INT'],
		],
		rows: (sim) =>
			sim.store
				.coll('users')
				.all()
				.map((u) => ({ uid: u.id, uusername: u.name, uemail: u.emailaddress ?? u.email ?? '', usite: u.site_id })),
	},
	uname: {
		columns: [
			['unum', 'INT'],
			['uname', 'STRING'],
			['uemail', 'STRING'],
		],
		rows: (sim) =>
			sim.store
				.coll('agents')
				.all()
				.map((a) => ({ unum: a.id, uname: a.name, uemail: a.email ?? '' })),
	},
	tstatus: {
		// tstype: 0 open, 1 pending, 2 closed, as the simulator's /Status `type`.
		columns: [
			['tstatus', 'INT'],
			['tstatusdesc', 'STRING'],
			['tstype', 'INT'],
		],
		rows: (sim) =>
			sim.store
				.coll('statuses')
				.all()
				.map((s) => ({ tstatus: s.id, tstatusdesc: s.name, tstype: s.type ?? STATUS_TYPE.OPEN })),
	},
	requesttype: {
		columns: [
			['rtid', 'INT'],
			['rtdesc', 'STRING'],
		],
		rows: (sim) =>
			sim.store
				.coll('tickettypes')
				.all()
				.map((t) => ({ rtid: t.id, rtdesc: t.name })),
	},
};
