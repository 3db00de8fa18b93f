// Action resource: notes, public replies and time entries on a ticket (Halo /Actions), incl. Batch Size.
import { strict as assert } from 'node:assert';
import { before, describe, it } from 'node:test';

import { haloSuite } from './support.mjs';

const byId = (id) => ({ __rl: true, mode: 'id', value: String(id) });
const create = (ticketId, extra = {}) => ({ resource: 'action', operation: 'create', ticketId: byId(ticketId), note: 'Checked the event logs', ...extra });
const posts = (requests) => requests.filter((r) => r.method === 'POST' && r.path === '/api/Actions');

describe('action', () => {
  let ticketId;
  let otherTicketId;
  const t = haloSuite({ sim: { ticketCount: 20 } });
  before(async () => {
    const tickets = await t.ctl.state('tickets');
    ticketId = tickets[0].id;
    otherTicketId = tickets[1].id;
  });

  describe('create', () => {
    it('adds a private note by default: hiddenfromuser true, nothing else sent', async () => {
      const res = await t.run(create(ticketId));
      assert.equal(res.error, undefined, res.error?.message);
      const requests = await t.ctl.apiRequests();
      assert.deepEqual(
        requests.map((r) => [r.method, r.path, r.body]),
        [['POST', '/api/Actions', [{ ticket_id: ticketId, note: 'Checked the event logs', hiddenfromuser: true }]]],
      );
      assert.equal(res.items.length, 1);
      const out = res.items[0];
      assert.deepEqual(out.pairedItem, { item: 0 });
      assert.equal(out.json.ticket_id, ticketId);
      assert.equal(out.json.hiddenfromuser, true);
      assert.equal(out.json.note, 'Checked the event logs');
      assert.ok(out.json.id > 0);
      assert.equal(out.json.note_html, undefined, 'simplified output');
      const stored = await t.ctl.state('actions', out.json.id);
      assert.equal(stored.hiddenfromuser, true);
    });

    it('sends a public reply by email when asked: hiddenfromuser false with the email fields', async () => {
      const res = await t.run(
        create(ticketId, {
          note: 'We have applied a fix.',
          visibility: 'public',
          additionalFields: { sendemail: true, emailto: 'alice@example.com', emailcc: 'boss@example.com', emailsubject: 'Fixed' },
        }),
      );
      assert.equal(res.error, undefined, res.error?.message);
      const [post] = await t.ctl.apiRequests();
      assert.deepEqual(post.body, [
        {
          ticket_id: ticketId,
          note: 'We have applied a fix.',
          hiddenfromuser: false,
          sendemail: true,
          emailto: 'alice@example.com',
          emailcc: 'boss@example.com',
          emailsubject: 'Fixed',
        },
      ]);
      assert.equal(res.items[0].json.hiddenfromuser, false);
      assert.equal(res.items[0].json.sendemail, true);
    });

    it('records a time entry with outcome, status and agent given by name, and JSON extras', async () => {
      const before = await t.ctl.state('tickets', ticketId);
      const res = await t.run(
        create(ticketId, {
          note: 'Replaced the toner',
          additionalFields: {
            outcome_id: 'phone call',
            new_status: 'In Progress',
            new_agent: '3',
            timetaken: 0.75,
            nonbilltime: '0.25',
            actisbillable: false,
            important: true,
            datetime: '2025-03-04T10:15:00Z',
          },
          additionalJson: '{"traveltime": 0.5}',
          simplify: false,
        }),
      );
      assert.equal(res.error, undefined, res.error?.message);
      const post = posts(await t.ctl.apiRequests())[0];
      assert.deepEqual(post.body, [
        {
          ticket_id: ticketId,
          note: 'Replaced the toner',
          hiddenfromuser: true,
          outcome_id: 6,
          new_status: 2,
          new_agent: 3,
          timetaken: 0.75,
          nonbilltime: 0.25,
          actisbillable: false,
          important: true,
          datetime: '2025-03-04T10:15:00.000Z',
          traveltime: 0.5,
        },
      ]);
      const out = res.items[0].json;
      assert.equal(out.outcome, 'Phone Call');
      assert.ok('note_html' in out, 'full record when Simplify is off');
      const ticket = await t.ctl.state('tickets', ticketId);
      assert.equal(ticket.status_id, 2);
      assert.equal(ticket.agent_id, 3);
      assert.equal(ticket.timetaken, Math.round((before.timetaken + 0.75) * 1e6) / 1e6);
    });

    it('refuses negative hours, naming the field and the item, before anything is sent', async () => {
      const res = await t.run(create(ticketId, { additionalFields: { timetaken: '={{ $json.hours }}' } }), [
        { json: { hours: 1 } },
        { json: { hours: -0.5 } },
      ]);
      assert.match(res.error.message, /^Time Taken \(Hours\): must be zero or more hours as a decimal \(e\.g\. 0\.25\), but got "-0\.5" \[item 1\]$/);
      const nonBillable = await t.run(create(ticketId, { additionalFields: { nonbilltime: -2 } }));
      assert.match(nonBillable.error.message, /^Non-Billable Time \(Hours\): .*"-2" \[item 0\]$/);
      assert.equal(posts(await t.ctl.apiRequests()).length, 1, 'only the valid first item was sent');
    });

    it('refuses an unknown outcome name and emailing a private note', async () => {
      const outcome = await t.run(create(ticketId, { additionalFields: { outcome_id: 'Carrier Pigeon' } }));
      assert.match(outcome.error.message, /^Outcome: Halo has no outcome named "Carrier Pigeon" \(known: .*Private Note.*\) \[item 0\]$/);
      const email = await t.run(create(ticketId, { additionalFields: { sendemail: true } }));
      assert.match(email.error.message, /^Send Email: only a public reply can be emailed/);
      const emailTo = await t.run(create(ticketId, { visibility: 'public', additionalFields: { emailto: 'a@b.example' } }));
      assert.match(emailTo.error.message, /^Email To: is only used when Send Email is on \[item 0\]$/);
      assert.equal(posts(await t.ctl.apiRequests()).length, 0);
    });

    it('sets action custom fields by name from the action field definitions', async () => {
      const res = await t.run(create(ticketId, { customFields: { field: [{ field: 'CFWorkCategory', value: 'Onsite' }] } }));
      assert.equal(res.error, undefined, res.error?.message);
      const [post] = (await t.ctl.apiRequests()).filter((r) => r.method === 'POST');
      assert.deepEqual(post.body[0].customfields, [{ id: 156, value: 'Onsite' }]);
      const fieldInfo = (await t.ctl.apiRequests()).filter((r) => r.path === '/api/FieldInfo');
      assert.deepEqual(fieldInfo.map((r) => r.query.typeid), ['6']);
    });

    it('surfaces Halo\'s message for an unknown ticket', async () => {
      const res = await t.run(create(987654));
      assert.match(res.error.message, /Ticket 987654 does not exist/);
      assert.equal(String(res.error.httpCode), '400');
    });

    it('continueOnFail keeps the good items and pairs the error with the bad one', async () => {
      const items = [{ json: { ticket: ticketId } }, { json: { ticket: 987654 } }, { json: { ticket: otherTicketId } }];
      const res = await t.run(
        { resource: 'action', operation: 'create', ticketId: { __rl: true, mode: 'id', value: '={{ $json.ticket }}' }, note: '={{ "note for " + $json.ticket }}' },
        items,
        { continueOnFail: true },
      );
      assert.equal(res.error, undefined);
      assert.deepEqual(res.items.map((i) => i.pairedItem), [{ item: 0 }, { item: 1 }, { item: 2 }]);
      assert.equal(res.items[0].json.ticket_id, ticketId);
      assert.match(res.items[1].json.error, /Ticket 987654 does not exist/);
      assert.equal(res.items[1].json.id, undefined);
      assert.equal(res.items[2].json.ticket_id, otherTicketId);
      assert.equal(res.items[2].json.note, `note for ${otherTicketId}`);
    });
  });

  describe('batch size', () => {
    const batchParams = (size) => ({
      resource: 'action',
      operation: 'create',
      ticketId: { __rl: true, mode: 'id', value: '={{ $json.ticket }}' },
      note: '={{ $json.note }}',
      batchSize: size,
    });
    const fiveItems = () =>
      Array.from({ length: 5 }, (_, i) => ({ json: { ticket: i % 2 ? otherTicketId : ticketId, note: `batch note ${i}` } }));

    it('5 items with batch size 2 → 3 POSTs of 2, 2 and 1 actions, outputs paired 0..4 in order', async () => {
      const res = await t.run(batchParams(2), fiveItems());
      assert.equal(res.error, undefined, res.error?.message);
      const sent = posts(await t.ctl.apiRequests());
      assert.deepEqual(sent.map((p) => p.body.length), [2, 2, 1]);
      assert.deepEqual(
        sent.flatMap((p) => p.body.map((b) => b.note)),
        ['batch note 0', 'batch note 1', 'batch note 2', 'batch note 3', 'batch note 4'],
      );
      assert.equal(res.items.length, 5);
      res.items.forEach((item, i) => {
        assert.deepEqual(item.pairedItem, { item: i });
        assert.equal(item.json.note, `batch note ${i}`);
        assert.equal(item.json.ticket_id, i % 2 ? otherTicketId : ticketId);
        assert.ok(item.json.id > 0);
      });
      assert.equal(new Set(res.items.map((i) => i.json.id)).size, 5);
    });

    it('does not re-send a batch whose reply cannot be matched: Halo\'s reply on the first item, with a warning', async () => {
      const countBefore = (await t.ctl.state('actions')).length;
      await t.ctl.fault({
        match: { method: 'POST', path: '/api/Actions' },
        kind: 'status',
        status: 201,
        body: { id: 424242, note: 'only one record' },
        applyAfterHandling: true,
      });
      const res = await t.run(batchParams(3), fiveItems().slice(0, 3));
      assert.equal(res.error, undefined, res.error?.message);
      assert.equal(posts(await t.ctl.apiRequests()).length, 1, 'sent once, never again');
      assert.equal((await t.ctl.state('actions')).length, countBefore + 3, 'Halo wrote all three once');
      assert.deepEqual(res.items.map((i) => i.pairedItem), [{ item: 0 }, { item: 1 }, { item: 2 }]);
      assert.equal(res.items[0].json.id, 424242);
      assert.match(res.items[0].json.warning, /Items 0–2 were sent to Halo as one batch of 3 actions.*not sent again/);
      assert.deepEqual(Object.keys(res.items[1].json), ['warning']);
      assert.deepEqual(Object.keys(res.items[2].json), ['warning']);
    });

    it('treats a reply in another order as unmatched rather than pairing records with the wrong items', async () => {
      await t.ctl.fault({
        match: { method: 'POST', path: '/api/Actions' },
        kind: 'status',
        status: 201,
        body: [{ id: 11, ticket_id: otherTicketId }, { id: 12, ticket_id: ticketId }],
        applyAfterHandling: true,
      });
      const res = await t.run(batchParams(2), fiveItems().slice(0, 2));
      assert.equal(posts(await t.ctl.apiRequests()).length, 1);
      assert.match(res.items[0].json.warning, /did not list them in the order sent/);
      assert.deepEqual(res.items[0].json.reply.map((r) => r.id), [11, 12]);
      assert.deepEqual(Object.keys(res.items[1].json), ['warning']);
    });

    it('an invalid item fails its whole batch before sending; other batches still go through (continueOnFail)', async () => {
      const items = fiveItems().slice(0, 4);
      items[3].json.hours = -1;
      const res = await t.run(
        { ...batchParams(2), additionalFields: { timetaken: '={{ $json.hours ?? 0 }}' } },
        items,
        { continueOnFail: true },
      );
      assert.equal(res.error, undefined);
      const sent = posts(await t.ctl.apiRequests());
      assert.deepEqual(sent.map((p) => p.body.length), [2]);
      assert.deepEqual(res.items.map((i) => i.pairedItem), [{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
      assert.ok(res.items[0].json.id > 0 && res.items[1].json.id > 0);
      for (const failed of res.items.slice(2)) assert.match(failed.json.error, /^Time Taken \(Hours\): .* \[item 3\]$/);
    });

    it('a batch Halo rejects fails every item in it, saying which item each element is', async () => {
      const items = [{ json: { ticket: ticketId, note: 'a' } }, { json: { ticket: 987654, note: 'b' } }];
      const failed = await t.run(batchParams(2), items);
      assert.match(failed.error.message, /Ticket 987654 does not exist/);
      assert.match(failed.error.description, /\[0\] = item 0, \[1\] = item 1/);

      const res = await t.run(batchParams(2), items, { continueOnFail: true });
      assert.deepEqual(res.items.map((i) => i.pairedItem), [{ item: 0 }, { item: 1 }]);
      for (const item of res.items) assert.match(item.json.error, /Ticket 987654 does not exist/);
      assert.equal(posts(await t.ctl.apiRequests()).length, 2, 'one POST per run, never repeated');
    });

    it('refuses a batch size below 1', async () => {
      const res = await t.run(batchParams(0), fiveItems());
      assert.match(res.error.message, /^Batch Size: must be a whole number of 1 or more/);
      assert.equal(posts(await t.ctl.apiRequests()).length, 0);
    });
  });

  describe('get, get many, delete', () => {
    let timeEntry;
    let privateNote;
    let publicReply;
    let systemAction;
    let listTicket;
    before(async () => {
      const tickets = await t.ctl.state('tickets');
      listTicket = tickets[5].id;
      const act = async (action) => t.ctl.act({ type: 'action.create', action: { ticket_id: listTicket, ...action } });
      timeEntry = await act({ note: 'Worked on it', timetaken: 1.5, hiddenfromuser: true, datetime: '2030-01-02T09:00:00Z' });
      privateNote = await act({ note: 'Private thoughts', hiddenfromuser: true, datetime: '2030-01-03T09:00:00Z' });
      publicReply = await act({ note_html: '<p>Hello <b>there</b></p>', outcome_id: 2, hiddenfromuser: false, datetime: '2030-01-04T09:00:00Z' });
      systemAction = await act({ note: 'Status changed', outcome_id: 7, hiddenfromuser: true, datetime: '2030-01-05T09:00:00Z' });
    });

    it('gets one action within its ticket', async () => {
      const res = await t.run({ resource: 'action', operation: 'get', ticketId: byId(listTicket), actionId: String(timeEntry.id) });
      assert.equal(res.error, undefined, res.error?.message);
      const [req] = await t.ctl.apiRequests();
      assert.equal(req.method, 'GET');
      assert.equal(req.path, `/api/Actions/${timeEntry.id}`);
      assert.deepEqual(req.query, { ticket_id: String(listTicket), includedetails: 'true' });
      assert.equal(res.items[0].json.id, timeEntry.id);
      assert.equal(res.items[0].json.timetaken, 1.5);
    });

    it('surfaces Halo\'s 404 for an action of another ticket', async () => {
      const res = await t.run({ resource: 'action', operation: 'get', ticketId: byId(otherTicketId), actionId: String(timeEntry.id) });
      assert.match(res.error.message, new RegExp(`Action ${timeEntry.id} not found`));
      assert.equal(String(res.error.httpCode), '404');
    });

    it('lists a ticket\'s actions unpaged, with count as the limit', async () => {
      const all = await t.run({ resource: 'action', operation: 'getAll', ticketId: byId(listTicket), returnAll: true });
      assert.equal(all.error, undefined, all.error?.message);
      const limited = await t.run({ resource: 'action', operation: 'getAll', ticketId: byId(listTicket), returnAll: false, limit: 2 });
      const [allReq, limitedReq] = await t.ctl.apiRequests();
      assert.deepEqual(allReq.query, { ticket_id: String(listTicket) });
      assert.deepEqual(limitedReq.query, { ticket_id: String(listTicket), count: '2' });
      const stored = (await t.ctl.state('actions')).filter((a) => a.ticket_id === listTicket);
      assert.equal(all.items.length, stored.length);
      assert.equal(limited.items.length, 2);
      for (const id of [timeEntry.id, privateNote.id, publicReply.id, systemAction.id]) {
        assert.ok(all.items.some((i) => i.json.id === id), `action ${id} listed`);
      }
    });

    it('Time Entries Only sends timeentriesonly=true and returns only actions with time', async () => {
      const res = await t.run({
        resource: 'action', operation: 'getAll', ticketId: byId(listTicket), returnAll: true, filters: { timeEntriesOnly: true },
      });
      const [req] = await t.ctl.apiRequests();
      assert.deepEqual(req.query, { ticket_id: String(listTicket), timeentriesonly: 'true' });
      assert.ok(res.items.length >= 1);
      assert.ok(res.items.every((i) => i.json.timetaken > 0));
      assert.ok(res.items.some((i) => i.json.id === timeEntry.id));
      assert.ok(!res.items.some((i) => i.json.id === privateNote.id));
    });

    it('maps every filter onto Halo\'s parameters', async () => {
      const res = await t.run({
        resource: 'action',
        operation: 'getAll',
        ticketId: byId(listTicket),
        returnAll: true,
        filters: {
          excludePrivate: true,
          excludeSystem: true,
          agentOnly: true,
          conversationOnly: true,
          includeHtmlNote: true,
          since: '2030-01-01T00:00:00Z',
          until: '2030-01-31T00:00:00Z',
        },
      });
      assert.equal(res.error, undefined, res.error?.message);
      const [req] = await t.ctl.apiRequests();
      assert.deepEqual(req.query, {
        ticket_id: String(listTicket),
        excludeprivate: 'true',
        excludesys: 'true',
        agentonly: 'true',
        conversationonly: 'true',
        includehtmlnote: 'true',
        startdate: '2030-01-01T00:00:00.000Z',
        enddate: '2030-01-31T00:00:00.000Z',
      });
      assert.deepEqual(res.items.map((i) => i.json.id), [publicReply.id]);
      assert.equal(res.items[0].json.note_html, '<p>Hello <b>there</b></p>', 'HTML note kept when asked for');
    });

    it('Exclude Private and Exclude System leave those actions out', async () => {
      const res = await t.run({
        resource: 'action', operation: 'getAll', ticketId: byId(listTicket), returnAll: true, filters: { excludePrivate: true },
      });
      assert.ok(res.items.every((i) => i.json.hiddenfromuser === false));
      const noSys = await t.run({
        resource: 'action', operation: 'getAll', ticketId: byId(listTicket), returnAll: true, filters: { excludeSystem: true },
      });
      assert.ok(!noSys.items.some((i) => i.json.id === systemAction.id));
      assert.ok(noSys.items.some((i) => i.json.id === privateNote.id));
    });

    it('deletes an action: DELETE /Actions/{id} without a ticket parameter', async () => {
      const res = await t.run({ resource: 'action', operation: 'delete', actionId: String(privateNote.id) });
      assert.equal(res.error, undefined, res.error?.message);
      const [req] = await t.ctl.apiRequests();
      assert.deepEqual([req.method, req.path, req.query], ['DELETE', `/api/Actions/${privateNote.id}`, {}]);
      assert.deepEqual(res.items, [{ json: { id: privateNote.id, deleted: true }, pairedItem: { item: 0 } }]);
      await assert.rejects(t.ctl.state('actions', privateNote.id), /404/);
      const again = await t.run({ resource: 'action', operation: 'delete', actionId: String(privateNote.id) });
      assert.match(again.error.message, new RegExp(`Action ${privateNote.id} not found`));
    });

    it('refuses an Action ID that is not a number', async () => {
      const res = await t.run({ resource: 'action', operation: 'delete', actionId: 'abc' });
      assert.match(res.error.message, /^Action ID: must be a Halo ID \(a positive whole number\), but "abc" is not a positive whole number \[item 0\]$/);
      assert.equal((await t.ctl.apiRequests()).length, 0);
    });
  });
});
