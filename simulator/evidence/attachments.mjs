// Halo behaviours the simulator models for attachments (/Attachment), each with where it comes from.
export default [
	{
		id: 'attachments.data-uri',
		behaviour:
			'POST /Attachment takes [{filename, data_base64: "data:<mime>;base64,<base64>", isimage, ticket_id?}] and stores the decoded bytes; the MIME type of the data URI becomes content_type',
		source: 'EVIDENCE 5.1',
	},
	{
		id: 'attachments.plain-data',
		behaviour:
			'POST /Attachment also takes plain base64 in `data` (the spec types it as bytes) and stores the same bytes',
		source: 'spec',
	},
	{
		id: 'attachments.bare-data-base64-refused',
		behaviour:
			'a data_base64 value without the "data:<mime>;base64," prefix is refused with 400 (no source shows Halo accepting it)',
		source: 'assumption',
	},
	{
		id: 'attachments.ticket-optional',
		behaviour: 'ticket_id may be left out: the upload is stored unlinked and its reply carries ticket_id 0',
		source: 'EVIDENCE 5.2',
	},
	{
		id: 'attachments.reply-shape',
		behaviour:
			'the upload reply (201) carries id, filename, filesize, desc, type 0, unique_id, content_type, isimage, guid, agent_id, user_id -1, action_id (0 unless given), showforusers',
		source: 'EVIDENCE 5.1, 5.3',
	},
	{
		id: 'attachments.reply-echoes-data',
		behaviour:
			'the upload reply echoes the file as plain base64 in `data` (no data-URI prefix), so a reply is as large as the request',
		source: 'EVIDENCE 5.3',
	},
	{
		id: 'attachments.filename-required',
		behaviour: 'an upload without filename or without file content is refused with 400',
		source: 'assumption',
	},
	{
		id: 'attachments.list',
		behaviour: 'GET /Attachment?ticket_id= answers {record_count, attachments: [metadata without the bytes]}',
		source: 'EVIDENCE 5.5',
	},
	{
		id: 'attachments.download-bytes',
		behaviour: 'GET /Attachment/{id} answers the raw bytes with Content-Type and a Content-Disposition file name',
		source: 'EVIDENCE 5.6',
	},
];
