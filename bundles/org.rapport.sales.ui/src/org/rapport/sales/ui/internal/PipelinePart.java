package org.rapport.sales.ui.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.ui.Reload;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Forecasts;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.OpportunityFilter;
import org.rapport.sales.PipelineStage;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.SalesStage;

import jakarta.annotation.PostConstruct;
import java.util.Map;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.ui.Loader;
import org.rapport.sales.SalesTopics;

/** The pipeline board of mine, a team's or everyone's opportunities closing in a period. */
public class PipelinePart {

	private static final int CARDS_PER_COLUMN = 25;

	private SalesFilterBar bar;
	private PipelineBoard board;
	private Label status;
	private Opportunities opportunities;
	private Forecasts forecasts;
	private SalesProcesses processes;
	private CustomerService customers;
	private Database database;
	private Loader loader;
	/** Reasons typed for a loss that was not saved, offered again when the card is moved again. */
	private final Unsaved reasons = new Unsaved();

	@PostConstruct
	void create(Composite parent, Opportunities opportunityService, Forecasts forecastService,
			SalesProcesses processService, CustomerService customerService, Directory directory,
			SecurityContext security, Database db, IEventBroker broker,
			AuditLog audit) {
		this.opportunities = opportunityService;
		this.forecasts = forecastService;
		this.processes = processService;
		this.customers = customerService;
		this.database = db;
		GridLayoutFactory.fillDefaults().numColumns(7).margins(6, 6).applyTo(parent);
		bar = new SalesFilterBar(parent, processes, directory, security.currentLogin(), false, this::reload);
		Button add = new Button(parent, SWT.PUSH);
		add.setText(Messages.Opportunity_new);
		board = new PipelineBoard(parent);
		GridDataFactory.fillDefaults().span(7, 1).grab(true, true).applyTo(board.outer());
		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().span(7, 1).grab(true, false).applyTo(status);
		board.onMove(this::move);
		board.onOpen(o -> OpportunityDialog.edit(parent.getShell(), o, opportunities, processes, customers, directory)
						.withChanges(audit)
				.open());
		add.addListener(SWT.Selection, e -> OpportunityDialog.create(parent.getShell(), opportunities, processes,
				customers, directory).open());
		loader = new Loader(board.control());
		Reload.when(broker, board.control(), this::reload, SalesTopics.OPPORTUNITIES);
		if (database.isOpen()) {
			reload();
		}
	}

	@Focus
	void focus() {
		board.control().setFocus();
	}

	void reload() {
		bar.whenFilled(loader, () -> {
			OpportunityFilter filter = bar.filter();
			loader.load(() -> read(filter), this::show);
		});
	}

	/** The board's columns and the names of the customers on its cards, read in one go in the background. */
	private record BoardView(List<PipelineBoard.Column> columns, Map<Long, String> names, int open) {
	}

	private BoardView read(OpportunityFilter filter) {
		SalesProcess process = filter.processId() == null ? processes.standard()
				: processes.find(filter.processId()).orElse(processes.standard());
		List<PipelineStage> sums = forecasts.pipeline(filter);
		Map<String, List<Opportunity>> cards = opportunities.board(filter,
				process.stages().stream().map(SalesStage::id).toList(), CARDS_PER_COLUMN);
		List<PipelineBoard.Column> columns = new ArrayList<>();
		Set<Long> shownCustomers = new HashSet<>();
		int open = 0;
		for (int i = 0; i < process.stages().size(); i++) {
			SalesStage stage = process.stages().get(i);
			List<Opportunity> column = cards.getOrDefault(stage.id(), List.of());
			column.forEach(o -> shownCustomers.add(o.customerId()));
			columns.add(new PipelineBoard.Column(stage, sums.get(i), column));
			open += stage.outcome() == SalesStage.Outcome.OPEN ? sums.get(i).count() : 0;
		}
		return new BoardView(columns, customers.names(shownCustomers), open);
	}

	private void show(BoardView view) {
		board.show(view.columns(), view.names());
		status.setText(NLS.bind(Messages.Board_status, view.open()));
		status.getParent().layout(new org.eclipse.swt.widgets.Control[] { status });
	}

	private void move(Opportunity card, SalesStage stage) {
		String reason = null;
		if (stage.outcome() == SalesStage.Outcome.LOST) {
			InputDialog why = new InputDialog(board.control().getShell(), Messages.Board_closeTitle,
					NLS.bind(Messages.Board_lostQuestion, card.name()), reasons.offer(card.id(), ""),
					text -> text.isBlank() ? Messages.Board_lostRequired : null);
			if (why.open() != Window.OK) {
				return;
			}
			reason = why.getValue();
		} else if (stage.outcome() == SalesStage.Outcome.WON && !MessageDialog.openQuestion(board.control().getShell(),
				Messages.Board_closeTitle, NLS.bind(Messages.Board_closeQuestion, card.name(), stage.label()))) {
			return;
		}
		try {
			// The card as read: a move or save by someone else since then refuses this move.
			board.moved(opportunities.moveTo(card.id(), card.version(), stage.id(), reason));
			reasons.saved(card.id());
		} catch (ValidationException e) {
			MessageDialog.openError(board.control().getShell(), Messages.Board_moveFailed,
					Unsaved.refused(OpportunityDialog.text(e), reasons.keep(card.id(), reason)));
		} catch (DatabaseException e) {
			MessageDialog.openError(board.control().getShell(), Messages.Board_moveFailed,
					Unsaved.refused(e.getMessage(), reasons.keep(card.id(), reason)));
		}
		reload();
	}

	PipelineBoard board() {
		return board;
	}
}
