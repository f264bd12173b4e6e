package org.rapport.sales.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.IInputValidator;
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
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.ui.Columns;
import org.rapport.platform.ui.Reload;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Lead;
import org.rapport.sales.LeadStatus;
import org.rapport.sales.Leads;
import org.rapport.sales.Opportunities;
import org.rapport.sales.SalesProcesses;

import jakarta.annotation.PostConstruct;
import org.rapport.platform.ui.Loader;
import org.rapport.sales.SalesTopics;

/**
 * Leads by status and owner, oldest first: hand the selected ones (or all shown) to a team, record contact,
 * intent or loss, and convert one into a customer and an opportunity.
 */
public class LeadsPart {

	private static final int PAGE = 500;
	private static final LeadStatus[] STATUSES = { null, LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.INTENT,
			LeadStatus.QUALIFIED, LeadStatus.LOST };

	private Combo status;
	private Combo owner;
	private TableViewer table;
	private Label count;
	private Leads leads;
	private String me;
	private Loader loader;
	/** Reasons typed for a loss that was not saved, offered again when the lead is marked lost again. */
	private final Unsaved reasons = new Unsaved();

	@PostConstruct
	void create(Composite parent, Leads leadService, Opportunities opportunities, SalesProcesses processes,
			CustomerService customers, Directory directory, SecurityContext security, Database database, IEventBroker broker) {
		this.leads = leadService;
		this.me = security.currentLogin();
		GridLayoutFactory.fillDefaults().numColumns(11).margins(6, 6).applyTo(parent);
		status = new Combo(parent, SWT.READ_ONLY);
		status.setItems(Messages.Leads_open, Labels.status(LeadStatus.NEW), Labels.status(LeadStatus.CONTACTED),
				Labels.status(LeadStatus.INTENT), Labels.status(LeadStatus.QUALIFIED), Labels.status(LeadStatus.LOST));
		status.select(0);
		owner = new Combo(parent, SWT.READ_ONLY);
		owner.setItems(Messages.Leads_anyone, Messages.Leads_unassigned, Messages.Leads_mine);
		owner.select(0);
		Button add = button(parent, Messages.Leads_new);
		Button assign = button(parent, Messages.Leads_assign);
		Button contacted = button(parent, Messages.Leads_contacted);
		Button intent = button(parent, Messages.Leads_intent);
		Button lost = button(parent, Messages.Leads_lost);
		Button convert = button(parent, Messages.Leads_convert);
		count = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(count);
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		Columns.add(table, Messages.Leads_name, 180, Lead.class, Lead::name);
		Columns.add(table, Messages.Leads_company, 200, Lead.class, Lead::company);
		Columns.add(table, Messages.Leads_email, 200, Lead.class, Lead::email);
		Columns.add(table, Messages.Leads_phone, 120, Lead.class, Lead::phone);
		Columns.add(table, Messages.Leads_source, 100, Lead.class, Lead::source);
		Columns.add(table, Messages.Leads_region, 110, Lead.class, Lead::region);
		Columns.add(table, Messages.Leads_status, 100, Lead.class, l -> Labels.status(l.status())
				+ (l.lostReason().isEmpty() ? "" : ": " + l.lostReason()));
		Columns.add(table, Messages.Leads_owner, 90, Lead.class, l -> l.owner() == null ? "" : l.owner());
		Columns.add(table, Messages.Leads_created, 110, Lead.class,
				l -> Amounts.day(java.time.LocalDate.ofInstant(l.created(),
				java.time.ZoneId.systemDefault())));
		GridDataFactory.fillDefaults().span(11, 1).grab(true, true).applyTo(table.getControl());
		status.addListener(SWT.Selection, e -> reload());
		owner.addListener(SWT.Selection, e -> reload());
		add.addListener(SWT.Selection, e -> {
			if (new NewLeadDialog(parent.getShell(), leads).open() == Window.OK) {
				reload();
			}
		});
		assign.addListener(SWT.Selection, e -> {
			List<Lead> chosen = selected().isEmpty() ? shown() : selected();
			if (new AssignLeadsDialog(parent.getShell(), leads, directory, chosen).open() == Window.OK) {
				reload();
			}
		});
		contacted.addListener(SWT.Selection, e -> setStatus(LeadStatus.CONTACTED, null));
		intent.addListener(SWT.Selection, e -> setStatus(LeadStatus.INTENT, null));
		lost.addListener(SWT.Selection, e -> {
			if (selected().isEmpty()) {
				return;
			}
			IInputValidator required = text -> text.isBlank() ? Messages.Leads_reasonRequired : null;
			InputDialog reason = new InputDialog(parent.getShell(), Messages.Leads_lostTitle, Messages.Leads_lostReason,
					reasons.offer(selected().get(0).id(), ""), required);
			if (reason.open() == Window.OK) {
				setStatus(LeadStatus.LOST, reason.getValue());
			}
		});
		convert.addListener(SWT.Selection, e -> {
			if (selected().size() == 1 && new ConvertLeadDialog(parent.getShell(), selected().get(0), leads,
					opportunities, processes, customers).open() == Window.OK) {
				reload();
			}
		});
		loader = new Loader(table.getControl());
		Reload.when(broker, table.getControl(), this::reload, SalesTopics.LEADS);
		if (database.isOpen()) {
			reload();
		}
	}

	@Focus
	void focus() {
		table.getControl().setFocus();
	}

	private void reload() {
		String whose = switch (owner.getSelectionIndex()) {
		case 1 -> "";
		case 2 -> me;
		default -> null;
		};
		LeadStatus chosen = STATUSES[status.getSelectionIndex()];
		loader.load(() -> leads.list(chosen, whose, null, PAGE), found -> {
			table.setInput(found);
			count.setText(NLS.bind(found.size() == PAGE ? Messages.Leads_countMore : Messages.Leads_count,
					found.size()));
			count.getParent().layout(new org.eclipse.swt.widgets.Control[] { count });
		});
	}

	private void setStatus(LeadStatus to, String reason) {
		List<Lead> unsaved = selected();
		try {
			for (Lead lead : selected()) {
				leads.setStatus(lead.id(), lead.version(), to, reason);
				reasons.saved(lead.id());
				unsaved.remove(lead);
			}
		} catch (ValidationException e) {
			MessageDialog.openError(table.getControl().getShell(), Messages.Leads_notChanged,
					Unsaved.refused(OpportunityDialog.text(e), keep(unsaved, reason)));
		} catch (DatabaseException e) {
			// Someone else saved a lead meanwhile (stale), or the database refused: the message says what to do.
			MessageDialog.openError(table.getControl().getShell(), Messages.Leads_notChanged,
					Unsaved.refused(e.getMessage(), keep(unsaved, reason)));
		}
		reload();
	}

	/** Keeps the reason for each lead it was not saved for; whether it was kept. */
	private boolean keep(List<Lead> unsaved, String reason) {
		boolean kept = false;
		for (Lead lead : unsaved) {
			kept |= reasons.keep(lead.id(), reason);
		}
		return kept;
	}

	@SuppressWarnings("unchecked")
	private List<Lead> selected() {
		return new ArrayList<>(((IStructuredSelection) table.getSelection()).toList());
	}

	@SuppressWarnings("unchecked")
	private List<Lead> shown() {
		return new ArrayList<>((List<Lead>) table.getInput());
	}


	private static Button button(Composite parent, String text) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		return button;
	}
}
