package org.rapport.platform.ui.internal.parts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.platform.approvals.Approval;
import org.rapport.platform.approvals.ApprovalState;
import org.rapport.platform.approvals.Approvals;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.ui.Columns;
import org.rapport.platform.ui.Reload;
import org.rapport.platform.security.AccessDeniedException;
import org.rapport.platform.ui.internal.Messages;
import org.rapport.platform.validation.ValidationException;

import jakarta.annotation.PostConstruct;
import org.rapport.platform.events.EventTopics;
import org.rapport.platform.ui.Loader;

/** Inbox > Approvals: what waits for my decision (oldest first), and what I asked for and how it was decided. */
public class ApprovalsPart {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
			.withZone(ZoneId.systemDefault());

	private TableViewer waiting;
	private TableViewer mine;
	private Label count;
	private Approvals approvals;
	private Loader loader;

	@PostConstruct
	void create(Composite parent, Approvals service, Database database, IEventBroker broker) {
		this.approvals = service;
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 6).applyTo(parent);
		count = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
		Button approve = new Button(parent, SWT.PUSH);
		approve.setText(Messages.Approvals_approve);
		Button reject = new Button(parent, SWT.PUSH);
		reject.setText(Messages.Approvals_reject);
		waiting = table(parent, 260);
		Columns.add(waiting, Messages.Approvals_summary, 560, Approval.class, Approval::summary);
		Columns.add(waiting, Messages.Approvals_from, 120, Approval.class, Approval::requestedBy);
		Columns.add(waiting, Messages.Approvals_when, 150, Approval.class, a -> WHEN.format(a.requestedAt()));
		Label title = new Label(parent, SWT.NONE);
		title.setText(Messages.Approvals_mine);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(title);
		mine = table(parent, 160);
		Columns.add(mine, Messages.Approvals_summary, 480, Approval.class, Approval::summary);
		Columns.add(mine, Messages.Approvals_state, 100, Approval.class, a -> state(a.state()));
		Columns.add(mine, Messages.Approvals_decidedBy, 120, Approval.class,
				a -> a.decidedBy() == null ? "" : a.decidedBy());
		Columns.add(mine, Messages.Approvals_comment, 260, Approval.class, Approval::comment);
		approve.addListener(SWT.Selection, e -> decide(true, ""));
		reject.addListener(SWT.Selection, e -> {
			InputDialog why = new InputDialog(parent.getShell(), Messages.Approvals_reject,
					Messages.Approvals_rejectReason, "", text -> text.isBlank() ? Messages.Approvals_rejectReason : null);
			if (why.open() == Window.OK) {
				decide(false, why.getValue());
			}
		});
		waiting.addDoubleClickListener(e -> decide(true, ""));
		loader = new Loader(waiting.getControl());
		Reload.when(broker, waiting.getControl(), this::reload, EventTopics.APPROVALS);
		if (database.isOpen()) {
			reload();
		}
	}

	@Focus
	void focus() {
		waiting.getControl().setFocus();
	}

	private record Shown(List<Approval> inbox, List<Approval> requested) {
	}

	private void reload() {
		loader.load(() -> new Shown(approvals.inbox(), approvals.requested(50)), shown -> {
			List<Approval> inbox = shown.inbox();
			waiting.setInput(inbox);
			mine.setInput(shown.requested());
			count.setText(inbox.isEmpty() ? Messages.Approvals_none : NLS.bind(Messages.Approvals_count, inbox.size()));
			count.getParent().layout(new org.eclipse.swt.widgets.Control[] { count });
		});
	}

	private void decide(boolean approve, String comment) {
		Object chosen = ((IStructuredSelection) waiting.getSelection()).getFirstElement();
		if (chosen instanceof Approval a) {
			try {
				approvals.decide(a.id(), approve, comment);
			} catch (ValidationException | AccessDeniedException e) {
				MessageDialog.openError(waiting.getControl().getShell(), Messages.Approvals_notDecided, e.getMessage());
			}
			reload();
		}
	}

	private static String state(ApprovalState state) {
		return switch (state) {
		case PENDING -> Messages.Approvals_pending;
		case APPROVED -> Messages.Approvals_approved;
		case REJECTED -> Messages.Approvals_rejected;
		case WITHDRAWN -> Messages.Approvals_withdrawn;
		};
	}

	private static TableViewer table(Composite parent, int height) {
		TableViewer table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(SWT.DEFAULT, height).applyTo(table.getControl());
		return table;
	}

}
