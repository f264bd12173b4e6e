package org.rapport.platform.approvals;

import java.time.Instant;

import org.rapport.platform.security.Role;

/**
 * A request for a decision and, once made, the decision.
 *
 * @param decidedBy the approver's login, or null while pending
 * @param comment   the approver's comment (a rejection's reason), or empty
 */
public record Approval(long id, String module, String entity, long recordId, String summary, Role approver,
		String requestedBy, Instant requestedAt, ApprovalState state, String decidedBy, Instant decidedAt,
		String comment) {
}
