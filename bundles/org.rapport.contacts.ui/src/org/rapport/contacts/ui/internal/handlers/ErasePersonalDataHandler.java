package org.rapport.contacts.ui.internal.handlers;

import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.rapport.platform.privacy.ErasureReport;
import org.rapport.platform.privacy.Privacy;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;

import jakarta.inject.Named;

/**
 * Erase Personal Data... in the customer editor's menu: after a confirmation that names the customer and says what
 * stays, erases what every module holds about them, in the background; then closes the editor, whose values are the
 * erased ones, and shows what was changed.
 */
public class ErasePersonalDataHandler {

	@CanExecute
	boolean canExecute(@Optional MPart part, SecurityContext security) {
		return EditedCustomer.of(part) != null && security.isPermitted("platform", Action.ADMINISTER);
	}

	@Execute
	void execute(MPart part, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Privacy privacy, UISynchronize ui,
			EPartService parts) {
		EditedCustomer customer = EditedCustomer.of(part);
		if (customer == null) {
			return;
		}
		MessageDialog confirm = new MessageDialog(shell, Messages.Privacy_eraseTitle, null,
				NLS.bind(Messages.Privacy_eraseConfirm, customer.name()), MessageDialog.WARNING, 1,
				Messages.Privacy_eraseButton, IDialogConstants.CANCEL_LABEL);
		if (confirm.open() != 0) {
			return;
		}
		EditedCustomer.inJob(NLS.bind(Messages.Privacy_eraseJob, customer.name()), Messages.Privacy_eraseTitle, shell,
				ui, monitor -> report(customer, privacy.erase(customer.id())), () -> {
					// Still open (the user may have closed it meanwhile): its values are the erased ones.
					if (part.getParent() != null) {
						parts.hidePart(part, true);
					}
				});
	}

	private static String report(EditedCustomer customer, ErasureReport report) {
		if (report.total() == 0) {
			return NLS.bind(Messages.Privacy_nothingLeft, customer.name());
		}
		String modules = report.changed().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
				.collect(Collectors.joining(", "));
		return NLS.bind(Messages.Privacy_erased,
				new Object[] { customer.name(), report.total(), modules, report.auditEntriesKept() });
	}
}
