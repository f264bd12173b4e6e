package org.rapport.contacts.ui.internal.editor;

import org.eclipse.swt.widgets.Composite;
import org.rapport.contacts.ui.CustomerSection;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.ui.ChangeHistory;

import jakarta.inject.Inject;

/** The customer editor's last section: who changed what in the customer, from the audit log. */
public class HistorySection implements CustomerSection {

	@Inject
	private AuditLog audit;

	@Override
	public void create(Composite parent, long customerId) {
		new ChangeHistory(parent, 6).show(audit, "contacts.customer", String.valueOf(customerId));
	}
}
