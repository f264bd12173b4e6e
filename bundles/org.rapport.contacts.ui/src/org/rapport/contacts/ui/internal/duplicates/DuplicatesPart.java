package org.rapport.contacts.ui.internal.duplicates;

import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerDuplicates;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.DuplicatePair;
import org.rapport.contacts.ui.internal.Messages;
import org.rapport.platform.ui.Columns;

import jakarta.annotation.PostConstruct;
import org.rapport.platform.ui.Loader;

/** The review queue: pairs of customers that may be one person, and merging them field by field. */
public class DuplicatesPart {

	private TableViewer table;
	private Label status;
	private CustomerDuplicates duplicates;
	private Loader loader;

	@PostConstruct
	void create(Composite parent, CustomerDuplicates customerDuplicates, CustomerService customers) {
		this.duplicates = customerDuplicates;
		GridLayoutFactory.fillDefaults().margins(6, 6).numColumns(2).applyTo(parent);
		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		Button merge = new Button(parent, SWT.PUSH);
		merge.setText(Messages.Merge_button + "...");
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(holder);
		table = new TableViewer(holder, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		Columns.add(table, layout, Messages.Duplicates_first, 35, DuplicatePair.class,
				p -> p.first().name() + describe(p.first()));
		Columns.add(table, layout, Messages.Duplicates_second, 35, DuplicatePair.class,
				p -> p.second().name() + describe(p.second()));
		Columns.add(table, layout, Messages.Duplicates_reason, 20, DuplicatePair.class, p -> reason(p.reason()));
		merge.addListener(SWT.Selection, e -> mergeSelected(parent, customers));
		table.addDoubleClickListener(e -> mergeSelected(parent, customers));
		loader = new Loader(table.getControl());
		load();
	}

	private void load() {
		status.setText(Messages.Duplicates_searching);
		loader.load(() -> duplicates.reviewQueue(200), pairs -> {
			table.setInput(pairs);
			status.setText(NLS.bind(Messages.Duplicates_count, pairs.size()));
		});
	}

	private void mergeSelected(Composite parent, CustomerService customers) {
		Object selected = ((IStructuredSelection) table.getSelection()).getFirstElement();
		if (!(selected instanceof DuplicatePair pair)) {
			return;
		}
		Customer first = customers.find(pair.first().id()).orElse(null);
		Customer second = customers.find(pair.second().id()).orElse(null);
		if (first == null || second == null) {
			load();
			return;
		}
		MergeDialog dialog = new MergeDialog(parent.getShell(), first, second);
		if (dialog.open() == Window.OK) {
			try {
				duplicates.merge(first.id(), second.id(), dialog.chosen());
			} catch (RuntimeException e) {
				MessageDialog.openError(parent.getShell(), Messages.Merge_title, e.getMessage());
			}
			load();
		}
	}


	private static String describe(org.rapport.contacts.CustomerSummary c) {
		String detail = c.email() != null ? c.email() : c.phone() != null ? c.phone() : c.company();
		return detail == null ? "" : " (" + detail + ")";
	}

	private static String reason(DuplicatePair.Reason reason) {
		return switch (reason) {
		case SAME_EMAIL -> Messages.Duplicates_sameEmail;
		case SAME_PHONE -> Messages.Duplicates_samePhone;
		case SIMILAR_NAME_SAME_COMPANY -> Messages.Duplicates_similarName;
		};
	}

	@Focus
	void focus() {
		table.getControl().setFocus();
	}
}
