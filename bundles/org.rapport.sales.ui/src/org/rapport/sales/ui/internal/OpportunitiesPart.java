package org.rapport.sales.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.ui.Reload;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.SecurityContext;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.OpportunityFilter;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.SalesStage;

import jakarta.annotation.PostConstruct;
import java.util.HashMap;
import java.util.Map;
import org.rapport.platform.ui.Loader;
import org.rapport.sales.SalesTopics;

/** The opportunities of the filter, in one stage or all, by close date, a page at a time. */
public class OpportunitiesPart {

	private static final int PAGE = 200;

	private SalesFilterBar bar;
	private Combo stage;
	private OpportunityTable table;
	private Button more;
	private Label status;
	private Opportunities opportunities;
	private SalesProcesses processes;
	private CustomerService customers;
	private final List<Opportunity> shown = new ArrayList<>();
	private final List<String> stageIds = new ArrayList<>();
	private final Map<Long, String> names = new HashMap<>();
	private Loader loader;

	@PostConstruct
	void create(Composite parent, Opportunities opportunityService, SalesProcesses processService,
			CustomerService customerService, Directory directory, SecurityContext security, Database database,
			IEventBroker broker, AuditLog audit) {
		this.opportunities = opportunityService;
		this.processes = processService;
		this.customers = customerService;
		GridLayoutFactory.fillDefaults().numColumns(9).margins(6, 6).applyTo(parent);
		bar = new SalesFilterBar(parent, processes, directory, security.currentLogin(), false, this::reload);
		new Label(parent, SWT.NONE).setText(Messages.List_stage);
		stage = new Combo(parent, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(stage);
		stage.addListener(SWT.Selection, e -> reload());
		new Label(parent, SWT.NONE);
		// The actions on their own row, so that the filters never push them out of a narrow window.
		Composite actions = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(actions);
		GridDataFactory.fillDefaults().span(9, 1).grab(true, false).applyTo(actions);
		Button add = new Button(actions, SWT.PUSH);
		add.setText(Messages.Opportunity_new);
		Button open = new Button(actions, SWT.PUSH);
		open.setText(Messages.List_open);
		status = new Label(actions, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		table = new OpportunityTable(parent, true);
		GridDataFactory.fillDefaults().span(9, 1).grab(true, true).applyTo(table.viewer().getControl());
		more = new Button(parent, SWT.PUSH);
		more.setText(Messages.List_more);
		GridDataFactory.fillDefaults().span(9, 1).align(SWT.BEGINNING, SWT.CENTER).applyTo(more);
		more.addListener(SWT.Selection, e -> page(shown.isEmpty() ? null : shown.get(shown.size() - 1)));
		Runnable edit = () -> {
			Opportunity o = table.selected();
			if (o != null) {
				OpportunityDialog.edit(parent.getShell(), o, opportunities, processes, customers, directory)
						.withChanges(audit).open();
			}
		};
		table.viewer().addDoubleClickListener(e -> edit.run());
		open.addListener(SWT.Selection, e -> edit.run());
		add.addListener(SWT.Selection, e -> OpportunityDialog.create(parent.getShell(), opportunities, processes,
				customers, directory).open());
		loader = new Loader(table.viewer().getControl());
		Reload.when(broker, table.viewer().getControl(), this::reload, SalesTopics.OPPORTUNITIES);
		if (database.isOpen()) {
			reload();
		}
	}

	@Focus
	void focus() {
		table.viewer().getControl().setFocus();
	}

	private void reload() {
		bar.whenFilled(loader, this::loadFirstPage);
	}

	private void loadFirstPage() {
		OpportunityFilter filter = bar.filter();
		String chosen = stage.getSelectionIndex() <= 0 ? null : stageIds.get(stage.getSelectionIndex());
		loader.load(() -> {
			SalesProcess process = processes.find(filter.processId()).orElse(processes.standard());
			String stageId = process.stages().stream().anyMatch(s -> s.id().equals(chosen)) ? chosen : null;
			return new FirstPage(process, stageId, Listing.of(opportunities.list(filter, stageId, null, PAGE),
					Opportunity::customerId, customers).with(processes.list()));
		}, first -> {
			stage.removeAll();
			stageIds.clear();
			stage.add(Messages.List_allStages);
			stageIds.add(null);
			for (SalesStage s : first.process().stages()) {
				stage.add(s.label());
				stageIds.add(s.id());
			}
			stage.select(Math.max(0, stageIds.indexOf(first.stageId())));
			shown.clear();
			show(first.page());
		});
	}

	private record FirstPage(SalesProcess process, String stageId, Listing<Opportunity> page) {
	}

	private void page(Opportunity after) {
		OpportunityFilter filter = bar.filter();
		String stageId = stageIds.get(Math.max(0, stage.getSelectionIndex()));
		loader.load(() -> Listing.of(opportunities.list(filter, stageId, after, PAGE), Opportunity::customerId,
				customers).with(processes.list()), this::show);
	}

	private void show(Listing<Opportunity> next) {
		shown.addAll(next.rows());
		names.putAll(next.names());
		table.show(new ArrayList<>(shown), names, next.processes());
		more.setEnabled(next.rows().size() == PAGE);
		status.setText(NLS.bind(Messages.List_status, shown.size()));
		status.getParent().layout(new org.eclipse.swt.widgets.Control[] { status });
	}
}
