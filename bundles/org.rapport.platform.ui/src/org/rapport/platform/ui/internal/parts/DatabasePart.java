package org.rapport.platform.ui.internal.parts;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.DatabaseInfo;
import org.rapport.platform.persistence.DatabaseKind;
import org.rapport.platform.ui.internal.Messages;
import org.rapport.platform.ui.internal.startup.DatabaseStartup;
import org.rapport.platform.ui.internal.startup.StartupState;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** Administration: what database is in use, and backup and restore of the embedded one. */
public class DatabasePart {

	private Label details;
	private Button backup;
	private Button restore;
	private Database database;
	private Shell shell;

	@PostConstruct
	void create(Composite parent, Database db, Shell parentShell, DatabaseStartup startup) {
		this.database = db;
		this.shell = parentShell;
		GridLayoutFactory.fillDefaults().margins(12, 12).spacing(8, 12).applyTo(parent);
		details = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(details);
		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		backup = new Button(buttons, SWT.PUSH);
		backup.setText(Messages.Database_backup);
		backup.addListener(SWT.Selection, e -> chooseFolder(Messages.Database_backupChoose).ifPresent(this::backup));
		restore = new Button(buttons, SWT.PUSH);
		restore.setText(Messages.Database_restore);
		restore.addListener(SWT.Selection, e -> chooseFolder(Messages.Database_restoreChoose).ifPresent(this::restore));
		refresh();
	}

	@Inject
	@Optional
	void stateChanged(@UIEventTopic(DatabaseStartup.TOPIC) StartupState state) {
		if (details != null && !details.isDisposed()) {
			refresh();
		}
	}

	private void refresh() {
		DatabaseInfo info = database.info();
		StringBuilder text = new StringBuilder();
		text.append(NLS.bind(Messages.Database_kind, KindNames.of(info.kind()))).append('\n');
		text.append(NLS.bind(Messages.Database_location, info.location())).append('\n');
		text.append(NLS.bind(Messages.Database_product, info.product().isEmpty() ? "-" : info.product())).append('\n');
		info.changeSets().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(
				e -> text.append(NLS.bind(Messages.Database_changeSets, e.getKey(), e.getValue())).append('\n'));
		details.setText(text.toString());
		boolean embedded = info.kind() == DatabaseKind.EMBEDDED && database.isOpen();
		backup.setEnabled(embedded);
		restore.setEnabled(embedded);
		details.getParent().layout(true, true);
	}

	private java.util.Optional<Path> chooseFolder(String message) {
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setMessage(message);
		String chosen = dialog.open();
		return chosen == null ? java.util.Optional.empty() : java.util.Optional.of(Path.of(chosen));
	}

	private void backup(Path folder) {
		Path target = folder.resolve("rapport-backup-" + java.time.LocalDateTime.now().withNano(0).toString().replace(':', '-'));
		if (run(monitor -> database.backup(target, monitor))) {
			MessageDialog.openInformation(shell, Messages.Database_backup, NLS.bind(Messages.Database_backupDone, target));
		}
	}

	private void restore(Path folder) {
		if (MessageDialog.openConfirm(shell, Messages.Database_restore, NLS.bind(Messages.Database_restoreConfirm, folder))
				&& run(monitor -> database.restore(folder, monitor))) {
			MessageDialog.openInformation(shell, Messages.Database_restore, NLS.bind(Messages.Database_restoreDone, folder));
			refresh();
		}
	}

	/** Runs database work with a progress dialog; shows its message when it fails. */
	private boolean run(DatabaseWork work) {
		try {
			new ProgressMonitorDialog(shell).run(true, false, monitor -> {
				try {
					work.run(monitor);
				} catch (DatabaseException e) {
					throw new java.lang.reflect.InvocationTargetException(e);
				}
			});
			return true;
		} catch (java.lang.reflect.InvocationTargetException e) {
			MessageDialog.openError(shell, Messages.Database_error, e.getCause().getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	private interface DatabaseWork {
		void run(org.eclipse.core.runtime.IProgressMonitor monitor) throws DatabaseException;
	}
}
