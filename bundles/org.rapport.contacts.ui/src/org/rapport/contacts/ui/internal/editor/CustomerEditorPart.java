package org.rapport.contacts.ui.internal.editor;

import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomFields;
import org.rapport.contacts.CustomerFacets;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.ui.internal.Messages;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.StaleRecordException;
import org.rapport.platform.security.FieldSecurity;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

import jakarta.annotation.PostConstruct;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.rapport.platform.ui.Loader;

/**
 * The customer editor: the seven sections of one customer, saved with File &gt; Save (Ctrl+S) or the Save
 * button. Validation messages appear next to the field at fault; when someone else saved the customer first,
 * the user is told and keeps the edits on screen instead of losing them.
 */
public class CustomerEditorPart {

	/** Persisted-state key of the customer id. */
	public static final String CUSTOMER_ID = "customerId";

	private CustomerService service;
	private CustomFields customFields;
	private MPart part;
	private Shell shell;
	private CustomerForm form;
	private Label problem;
	private Customer customer;
	private boolean showing;

	@PostConstruct
	void create(Composite parent, MPart editorPart, CustomerService customers, Shell parentShell,
			CustomerFacets facets, IExtensionRegistry registry, CustomFields customFields, IEclipseContext context,
			FieldSecurity fieldSecurity) {
		this.customFields = customFields;
		this.service = customers;
		this.part = editorPart;
		this.shell = parentShell;
		parent.setLayout(new org.eclipse.swt.layout.FillLayout());
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		Composite body = new Composite(scroll, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(10, 10).spacing(8, 10).applyTo(body);
		Composite top = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		problem = new Label(top, SWT.WRAP);
		problem.setData("org.eclipse.e4.ui.css.CssClassName", "problem");
		GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(problem);
		Button save = new Button(top, SWT.PUSH);
		save.setText(Messages.Editor_save);
		save.addListener(SWT.Selection, e -> save());
		scroll.setContent(body);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		long id = Long.parseLong(part.getPersistedState().get(CUSTOMER_ID));
		problem.setText(Messages.List_loading);
		new Loader(body).load(() -> EditorContent.read(id, customers, customFields, facets, fieldSecurity), content -> {
			show(body, content, id);
			if (customer != null) {
				ContributedSections.create(body, customer.id(), content.facets(), registry, context);
			}
			body.layout(true, true);
			scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		});
	}

	private void show(Composite body, EditorContent content, long id) {
		form = new CustomerForm(body, () -> {
			if (!showing) {
				part.setDirty(true);
			}
		}, content.fieldDefinitions());
		customer = content.customer();
		if (customer == null) {
			problem.setText(NLS.bind(Messages.Editor_gone, id));
			return;
		}
		problem.setText("");
		showing = true;
		form.protect(content.creditLimit(), content.taxId());
		form.show(customer);
		form.showCustom(content.customValues());
		showing = false;
		part.setLabel(customer.name());
		part.setDirty(false);
	}

	@Persist
	void save() {
		if (customer == null || form == null) {
			return;
		}
		try {
			customer = service.update(customer.id(), customer.version(), form.input());
			customFields.setValues(customer.id(), form.customValues());
			part.setLabel(customer.name());
			part.setDirty(false);
			problem.setText("");
			form.showErrors(List.of());
		} catch (NumberFormatException e) {
			form.showErrors(List.of(form.badNumber(Messages.Editor_notANumber)));
			problem.setText(Messages.Editor_invalid);
		} catch (ValidationException e) {
			form.showErrors(e.errors());
			// The marks show where; the line on top says what, so nobody has to hunt for a tooltip.
			problem.setText(Messages.Editor_invalid + " "
					+ e.errors().stream().map(FieldError::message).reduce((a, b) -> a + " " + b).orElse(""));
		} catch (StaleRecordException e) {
			problem.setText(e.getMessage());
			MessageDialog.openWarning(shell, Messages.Editor_conflictTitle, e.getMessage());
		} catch (DatabaseException e) {
			// Refused by the database (a value too long, a lost connection): nothing saved, the edits stay.
			problem.setText(e.getMessage());
			MessageDialog.openError(shell, part.getLabel(), e.getMessage());
		}
		problem.getParent().layout(true);
	}

	/** The message shown next to a field, or null (for tests). */
	public String messageAt(String field) {
		return form == null ? null : form.messageAt(field);
	}

	/** Whether the customer is read and shown (for tests). */
	public boolean loaded() {
		return form != null;
	}

	/** The message over the form, empty when all is well (for tests). */
	public String problem() {
		return problem.getText();
	}

	@Focus
	void focus() {
		problem.getParent().setFocus();
	}
}
