package org.rapport.contacts.ui.internal.fields;

import java.util.List;

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
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.CustomFields;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.ui.internal.Labels;
import org.rapport.contacts.ui.internal.Messages;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;

import jakarta.annotation.PostConstruct;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.rapport.contacts.ContactsTopics;
import org.rapport.platform.ui.Loader;
import org.rapport.platform.ui.Reload;

/**
 * The custom fields of customers, for administrators: add one (key, label, type, choices), rename it or change
 * its choices, remove it with every customer's value. Other users see the list without the buttons.
 */
public class CustomFieldsPart {

	private TableViewer table;
	private CustomFields fields;
	private Label status;
	private Loader loader;
	private SecurityContext security;
	private Button add;
	// Known once the directory has been read in the background; nothing may be changed before.
	private boolean admin;

	@PostConstruct
	void create(Composite parent, CustomFields customFields, SecurityContext security, Database database,
			IEventBroker broker) {
		this.fields = customFields;
		this.security = security;
		GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 6).spacing(6, 6).applyTo(parent);
		Label intro = new Label(parent, SWT.WRAP);
		intro.setText(Messages.Fields_intro);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(intro);
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Fields_label, 200, CustomField::label);
		column(Messages.Fields_key, 140, CustomField::key);
		column(Messages.Fields_type, 120, f -> Labels.fieldType(f.type()));
		column(Messages.Fields_choices, 320, f -> String.join(", ", f.choices()));
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(table.getControl());
		add = button(parent, Messages.Fields_add, false);
		Button edit = button(parent, Messages.Fields_edit, false);
		Button remove = button(parent, Messages.Fields_remove, false);
		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		table.addSelectionChangedListener(e -> {
			edit.setEnabled(admin && !e.getSelection().isEmpty());
			remove.setEnabled(admin && !e.getSelection().isEmpty());
		});
		add.addListener(SWT.Selection, e -> {
			if (new CustomFieldDialog(parent.getShell(), fields, null).open() == Window.OK) {
				reload();
			}
		});
		edit.addListener(SWT.Selection, e -> edit(parent));
		table.addDoubleClickListener(e -> {
			if (admin) {
				edit(parent);
			}
		});
		remove.addListener(SWT.Selection, e -> remove(parent));
		loader = new Loader(table.getControl());
		Reload.when(broker, table.getControl(), this::reload, ContactsTopics.CUSTOM_FIELDS);
		if (database.isOpen()) {
			reload();
		}
	}

	@Focus
	void focus() {
		table.getControl().setFocus();
	}

	private void edit(Composite parent) {
		CustomField field = selected();
		if (field != null && new CustomFieldDialog(parent.getShell(), fields, field).open() == Window.OK) {
			reload();
		}
	}

	private void remove(Composite parent) {
		CustomField field = selected();
		if (field == null) {
			return;
		}
		int holders = fields.usage(field.key());
		if (MessageDialog.openConfirm(parent.getShell(), Messages.Fields_remove,
				NLS.bind(Messages.Fields_removeQuestion, field.label(), holders))) {
			try {
				fields.remove(field.key());
			} catch (RuntimeException e) {
				MessageDialog.openError(parent.getShell(), Messages.Fields_remove, e.getMessage());
			}
			reload();
		}
	}

	private CustomField selected() {
		return (CustomField) ((IStructuredSelection) table.getSelection()).getFirstElement();
	}

	private void reload() {
		loader.load(() -> new Shown(fields.definitions(), security.isPermitted(CustomerService.MODULE,
				Action.ADMINISTER)), shown -> {
					admin = shown.admin();
					add.setEnabled(admin);
					List<CustomField> defined = shown.fields();
					table.setInput(defined);
					status.setText(!admin ? Messages.Fields_adminOnly : defined.isEmpty() ? Messages.Fields_none : "");
				});
	}

	private record Shown(List<CustomField> fields, boolean admin) {
	}

	private void column(String title, int width, java.util.function.Function<CustomField, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((CustomField) element);
			}
		});
	}

	private static Button button(Composite parent, String text, boolean enabled) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setEnabled(enabled);
		return button;
	}
}
