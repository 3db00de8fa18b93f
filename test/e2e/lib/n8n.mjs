// The real-n8n end-to-end tier's library: drives an installed n8n (2.41.1 or 1.123.81; CLI and server) against
// the n8n user folder that scripts/e2e.sh prepared (the packed n8n-nodes-halopsa installed in .n8n/nodes).
// Tests import everything from here; each part lives in its own file:
//   install.mjs     which n8n install, its folders (E2E_* environment)
//   lines.mjs       what differs between the n8n lines (lineTraits), and nowhere else
//   process.mjs     running n8n processes: environment, free ports, log files, runN8n
//   cli.mjs         import / execute / publish / export through the CLI
//   run-output.mjs  reading the run JSON and the logs n8n printed
//   builders.mjs    type names, ids, workflow JSON
//   server.mjs      `n8n start` and its handle (REST + public API)
//   server-api.mjs  executions, activation, credentials and webhook calls on a running server
//   http.mjs        one JSON request
export { n8nMajor, n8nVersion } from './install.mjs';
export { halo401sPerExpiry, unsupported } from './lines.mjs';
export { freePort, n8nEnv, runN8n, sleep } from './process.mjs';
export {
	exportCredential,
	executeWorkflow,
	importCredential,
	importCredentials,
	importWorkflow,
	importWorkflows,
	publishWorkflow,
} from './cli.mjs';
export { nodeError, nodeItems, packageLoadErrors, parseRunJson } from './run-output.mjs';
export {
	AI_NODE_TYPES,
	CREDENTIAL_TYPE,
	manualWorkflow,
	NODE_TYPE,
	PACKAGE,
	randomId,
	randomUuid,
	TOOL_TYPE,
	TRIGGER_TYPE,
	webhookNode,
	webhookNodeWorkflow,
} from './builders.mjs';
export { startServer } from './server.mjs';
export {
	activateWorkflow,
	callWebhook,
	createCredential,
	createWorkflow,
	deactivateWorkflow,
	listExecutions,
	testCredential,
	testCredentialById,
	waitForExecutions,
} from './server-api.mjs';
