package org.rapport.platform.approvals;

import java.util.List;
import java.util.Optional;

/**
 * Decisions one person asks of another (a discount above the limit of the asker's role, an expense): any module
 * files a request about one of its records, and it waits in the inbox of everyone who holds the approving role
 * until one of them decides. Posts {@code org/rapport/platform/approval/<REQUESTED|APPROVED|REJECTED>} with the
 * request's module, entity and record id as event properties.
 */
public interface Approvals {

	String MODULE = "platform";
	String ENTITY = "approval";
	String REQUESTED = "REQUESTED";
	String APPROVED = "APPROVED";
	String REJECTED = "REJECTED";

	/**
	 * Files a request; an earlier pending request about the same record is withdrawn.
	 *
	 * @throws org.rapport.platform.validation.ValidationException without a summary or an approving role
	 */
	Approval request(ApprovalRequest request);

	/** What waits for the signed-in user's decision: pending requests of others for a role the user holds. */
	List<Approval> inbox();

	/** The signed-in user's own requests, newest first (at most limit). */
	List<Approval> requested(int limit);

	Optional<Approval> find(long id);

	/** The newest request about a record, if any. */
	Optional<Approval> latest(String module, String entity, long recordId);

	/** The newest request about each of several records, by record id; records without one are left out. */
	java.util.Map<Long, Approval> latest(String module, String entity, java.util.Collection<Long> recordIds);

	/**
	 * Approves or rejects a pending request.
	 *
	 * @throws org.rapport.platform.validation.ValidationException when it was decided or withdrawn already, or a
	 *                                                             rejection gives no reason
	 * @throws org.rapport.platform.security.AccessDeniedException when the user does not hold the approving role
	 *                                                             (administrators do) or asked for it
	 */
	Approval decide(long id, boolean approve, String comment);
}
