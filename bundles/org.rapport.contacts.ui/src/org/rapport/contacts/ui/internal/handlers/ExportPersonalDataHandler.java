package org.rapport.contacts.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.platform.privacy.Privacy;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;

import jakarta.inject.Named;

/**
 * Export Personal Data... in the customer editor's menu: everything Rapport holds about the customer, in every
 * module, into a folder the administrator chooses (a new folder is made in it unless it is empty), in the background.
 */
public class ExportPersonalDataHandler {

	@CanExecute
	boolean canExecute(@Optional MPart part, SecurityContext security) {
		return EditedCustomer.of(part) != null && security.isPermitted("platform", Action.ADMINISTER);
	}

	@Execute
	void execute(MPart part, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Privacy privacy, UISynchronize ui) {
		EditedCustomer customer = EditedCustomer.of(part);
		if (customer == null) {
			return;
		}
		DirectoryDialog choose = new DirectoryDialog(shell);
		choose.setText(Messages.Privacy_exportTitle);
		choose.setMessage(NLS.bind(Messages.Privacy_chooseFolder, customer.name()));
		String chosen = choose.open();
		if (chosen == null) {
			return;
		}
		Path folder = folderIn(Path.of(chosen), customer.id());
		EditedCustomer.inJob(NLS.bind(Messages.Privacy_exportJob, customer.name()), Messages.Privacy_exportTitle, shell,
				ui, monitor -> NLS.bind(Messages.Privacy_exported, customer.name(),
						privacy.export(customer.id(), folder, monitor).getParent()),
				() -> {
				});
	}

	/** The chosen folder when it is empty; otherwise a new folder in it, named for the customer and the day. */
	private static Path folderIn(Path chosen, long customerId) {
		try (Stream<Path> files = Files.list(chosen)) {
			if (files.findAny().isEmpty()) {
				return chosen;
			}
		} catch (IOException e) {
			// Not readable: the export says so when it tries.
		}
		return chosen.resolve("personal-data-customer-" + customerId + "-" + LocalDate.now());
	}
}
