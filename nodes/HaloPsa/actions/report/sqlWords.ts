/**
 * The T-SQL words a report query may not contain, kept as data. Every statement SQL Server knows opens with
 * one of these words (Microsoft's "Transact-SQL statements" reference, its control-of-flow and Service
 * Broker lists, and the reserved keywords that begin a statement), SELECT and WITH aside. A reserved word
 * cannot be a bare column name anyway; the few unreserved ones (SEND, RECEIVE, THROW, ENABLE, DISABLE,
 * CONVERSATION) still work as names in [brackets].
 */
export const REFUSED_WORDS: ReadonlySet<string> = new Set([
	// data changes and text/image pointers
	'INSERT',
	'UPDATE',
	'DELETE',
	'MERGE',
	'TRUNCATE',
	'BULK',
	'INTO',
	'READTEXT',
	'WRITETEXT',
	'UPDATETEXT',
	// definitions
	'CREATE',
	'ALTER',
	'DROP',
	'ENABLE',
	'DISABLE',
	'TRIGGER',
	// permissions and identity
	'GRANT',
	'DENY',
	'REVOKE',
	'SETUSER',
	'REVERT',
	'ADD',
	// code, variables and control of flow
	'EXEC',
	'EXECUTE',
	'DECLARE',
	'SET',
	'PRINT',
	'RAISERROR',
	'THROW',
	'GOTO',
	'RETURN',
	'IF',
	'WHILE',
	'BREAK',
	'CONTINUE',
	'BEGIN',
	'WAITFOR',
	// transactions
	'COMMIT',
	'ROLLBACK',
	'SAVE',
	'TRAN',
	'TRANSACTION',
	// cursors (FETCH is allowed after OFFSET … ROWS, see CONTEXT_WORDS)
	'OPEN',
	'CLOSE',
	'DEALLOCATE',
	// Service Broker: BEGIN DIALOG, SEND, RECEIVE, GET / MOVE / END CONVERSATION
	'SEND',
	'RECEIVE',
	'CONVERSATION',
	// server administration
	'BACKUP',
	'RESTORE',
	'LOAD',
	'DUMP',
	'DBCC',
	'CHECKPOINT',
	'KILL',
	'SHUTDOWN',
	'RECONFIGURE',
	'USE',
	// other servers and files
	'OPENROWSET',
	'OPENQUERY',
	'OPENDATASOURCE',
	'OPENXML',
]);

/**
 * Statement words that also have a place in a SELECT: accepted only there. END closes a CASE (END
 * CONVERSATION is refused through CONVERSATION); FETCH follows OFFSET … ROWS (a cursor's FETCH does not).
 */
export const CONTEXT_WORDS = {
	END: 'closes a CASE',
	FETCH: 'follows OFFSET … ROW(S)',
} as const;

/** Halo refuses a query holding this word anywhere, even inside a 'string' or a [name] (EVIDENCE 11.8). */
export const HALO_REFUSED_WORD = /(?<![A-Za-z0-9_])drop(?![A-Za-z0-9_])/i;
