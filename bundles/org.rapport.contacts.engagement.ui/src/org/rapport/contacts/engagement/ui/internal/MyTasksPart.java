package org.rapport.contacts.engagement.ui.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.Segments;
import org.rapport.contacts.engagement.Task;
import org.rapport.contacts.engagement.TaskWindow;
import org.rapport.contacts.engagement.Tasks;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

import jakarta.annotation.PostConstruct;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.rapport.contacts.engagement.EngagementTopics;
import org.rapport.platform.ui.Loader;
import org.rapport.platform.ui.Reload;

/**
 * "My tasks": overdue, today, this week or all open, earliest due first; new tasks, done ones, and a batch of
 * tasks handed out to a team, one per customer of a segment.
 */
public class MyTasksPart {

	private TableViewer table;
	private Combo window;
	private Label status;
	private Tasks tasks;
	private CustomerService customers;
	private String me;
	private Loader loader;
	private final java.util.Map<Long, String> names = new java.util.HashMap<>();

	@PostConstruct
	void create(Composite parent, Tasks taskService, CustomerService customerService, Segments segments,
			Directory directory, SecurityContext security, Database database, IEventBroker broker) {
		this.tasks = taskService;
		this.customers = customerService;
		this.me = security.currentLogin();
		GridLayoutFactory.fillDefaults().numColumns(5).margins(6, 6).applyTo(parent);
		window = new Combo(parent, SWT.READ_ONLY);
		window.setItems(Messages.Tasks_overdue, Messages.Tasks_today, Messages.Tasks_week, Messages.Tasks_open);
		window.select(1);
		window.addListener(SWT.Selection, e -> reload());
		Button add = button(parent, Messages.Tasks_new);
		Button done = button(parent, Messages.Tasks_done);
		Button handOut = button(parent, Messages.Tasks_handOut);
		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Tasks_due, 140, t -> When.shortly(t.due()));
		column(Messages.Tasks_priority, 80, t -> Labels.priority(t.priority()));
		column(Messages.Tasks_task, 360, Task::title);
		column(Messages.Tasks_customer, 220, t -> t.customerId() == null ? "" : names.getOrDefault(t.customerId(), ""));
		GridDataFactory.fillDefaults().span(5, 1).grab(true, true).applyTo(table.getControl());
		add.addListener(SWT.Selection, e -> {
			if (new NewTaskDialog(parent.getShell(), tasks).open() == Window.OK) {
				reload();
			}
		});
		done.addListener(SWT.Selection, e -> {
			try {
				for (Object o : ((IStructuredSelection) table.getSelection()).toList()) {
					tasks.complete(((Task) o).id());
				}
			} catch (ValidationException ex) {
				// Deleted meanwhile: say which; those ticked before it are done.
				MessageDialog.openError(parent.getShell(), Messages.Tasks_done, String.join("\n",
						ex.errors().stream().map(FieldError::message).toList()));
			} catch (DatabaseException ex) {
				MessageDialog.openError(parent.getShell(), Messages.Tasks_done, ex.getMessage());
			}
			reload();
		});
		handOut.addListener(SWT.Selection, e -> new HandOutDialog(parent.getShell(), tasks, segments, directory,
				customers).open());
		loader = new Loader(table.getControl());
		Reload.when(broker, table.getControl(), this::reload, EngagementTopics.TASKS);
		if (database.isOpen()) {
			reload();
		}
	}

	@Focus
	void focus() {
		table.getControl().setFocus();
	}

	private void reload() {
		TaskWindow chosen = TaskWindow.values()[window.getSelectionIndex()];
		loader.load(() -> {
			List<Task> found = tasks.of(me, chosen, ZoneId.systemDefault(), Locale.getDefault());
			// Each customer's name once per reload, not once per painted cell.
			return new Shown(found, customers.names(found.stream().map(Task::customerId)
					.filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet())));
		}, this::show);
	}

	private record Shown(List<Task> tasks, java.util.Map<Long, String> names) {
	}

	private void show(Shown found) {
		List<Task> shown = found.tasks();
		names.clear();
		names.putAll(found.names());
		table.setInput(shown);
		status.setText(shown.isEmpty() ? Messages.Tasks_none : NLS.bind(Messages.Tasks_count, shown.size()));
		status.getParent().layout(new org.eclipse.swt.widgets.Control[] { status });
	}

	private void column(String title, int width, Function<Task, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Task) element);
			}
		});
	}

	private static Button button(Composite parent, String text) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		return b;
	}
}
