package org.rapport.platform.approvals;

import org.rapport.platform.security.Role;

/**
 * A decision to ask for.
 *
 * @param module   the module of the record (sales)
 * @param entity   the kind of record (quote)
 * @param recordId the record's id in its module
 * @param summary  what is asked, as the approver reads it in the inbox (translated by the asking module)
 * @param approver the role whose holders may decide
 */
public record ApprovalRequest(String module, String entity, long recordId, String summary, Role approver) {
}
