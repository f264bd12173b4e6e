package org.rapport.platform.approvals;

/** Where a request stands. WITHDRAWN: a newer request about the same record replaced it. */
public enum ApprovalState {
	PENDING, APPROVED, REJECTED, WITHDRAWN
}
