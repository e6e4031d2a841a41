/**
 * How a Legal Gateway decision applied to a child's record words its change of legal status in the
 * child's audit row (a list of sentences): a lost race on the legal status field finds that row by it.
 */
export const LEGAL_STATUS_CHANGE_START = 'Change the legal status';
