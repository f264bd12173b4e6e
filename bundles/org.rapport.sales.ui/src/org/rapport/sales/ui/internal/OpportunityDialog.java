package org.rapport.sales.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.User;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.ui.ChangeHistory;
import org.rapport.platform.ui.DialogSize;
import org.rapport.platform.ui.Loader;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.BuyingContact;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.OpportunityInput;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.SalesStage;
import org.rapport.sales.StageChange;

/**
 * A new opportunity or a change to one: customer, amount, close date, stage (with the buyer signals expected
 * there) and probability, owner, next step and competitors; an existing one shows its stage history. What it
 * reads (the process, the people, an existing one's signals, buyers and history) is read in the background when it
 * opens: the stage and owner are offered, and OK enabled, once it is there.
 */
final class OpportunityDialog extends TitleAreaDialog {

	private static final String[] CURRENCIES = { "MYR", "SGD", "USD", "CNY", "HKD", "TWD", "EUR", "GBP" };

	/** What the dialog reads when it opens (the last three only for an existing opportunity). */
	private record Opened(SalesProcess process, List<User> people, Set<String> ticked, List<BuyingContact> buyers,
			List<StageChange> history) {
	}

	private final Opportunities opportunities;
	private final SalesProcesses processes;
	private final CustomerService customers;
	private final Directory directory;
	private final Opportunity existing;
	private SalesProcess process;
	private final List<User> people = new ArrayList<>();
	private long customerId;
	private CustomerPicker customer;
	private Text name;
	private Text amount;
	private Combo currency;
	private DateTime close;
	private Combo stage;
	private Text lostReason;
	private Spinner probability;
	private Label signals;
	private SignalChecks signalChecks;
	private BuyingPeople buyers;
	private Set<String> tickedBefore = Set.of();
	private List<BuyingContact> buyersBefore = List.of();
	private Combo owner;
	private Text nextStep;
	private Text competitors;
	private Label history;
	private AuditLog audit;

	private OpportunityDialog(Shell parent, Opportunity existing, Opportunities opportunities,
			SalesProcesses processes, CustomerService customers, Directory directory) {
		super(parent);
		this.existing = existing;
		this.opportunities = opportunities;
		this.processes = processes;
		this.customers = customers;
		this.directory = directory;
		this.customerId = existing == null ? -1 : existing.customerId();
	}

	static OpportunityDialog create(Shell parent, Opportunities opportunities, SalesProcesses processes,
			CustomerService customers, Directory directory) {
		return new OpportunityDialog(parent, null, opportunities, processes, customers, directory);
	}

	/** For a customer chosen beforehand (the customer editor's section). */
	static OpportunityDialog create(Shell parent, long customerId, Opportunities opportunities,
			SalesProcesses processes, CustomerService customers, Directory directory) {
		OpportunityDialog dialog = create(parent, opportunities, processes, customers, directory);
		dialog.customerId = customerId;
		return dialog;
	}

	static OpportunityDialog edit(Shell parent, Opportunity existing, Opportunities opportunities,
			SalesProcesses processes, CustomerService customers, Directory directory) {
		return new OpportunityDialog(parent, existing, opportunities, processes, customers, directory);
	}

	/** Shows, for an existing opportunity, who changed what (from the audit log) below its stage history. */
	OpportunityDialog withChanges(AuditLog log) {
		this.audit = log;
		return this;
	}

	/** A rejection's messages, one per line. */
	static String text(ValidationException e) {
		return e.errors().stream().map(FieldError::message).collect(Collectors.joining("\n"));
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(existing == null ? Messages.Opportunity_new : existing.name());
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(existing == null ? Messages.Opportunity_newTitle : existing.name());
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		label(body, Messages.Opportunity_customer);
		customer = new CustomerPicker(body, customers);
		name = field(body, Messages.Opportunity_name);
		label(body, Messages.Opportunity_amount);
		amount = new Text(body, SWT.BORDER | SWT.RIGHT);
		GridDataFactory.fillDefaults().applyTo(amount);
		currency = new Combo(body, SWT.DROP_DOWN);
		currency.setItems(CURRENCIES);
		currency.select(0);
		label(body, Messages.Opportunity_close);
		close = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(close);
		label(body, Messages.Opportunity_stage);
		stage = new Combo(body, SWT.READ_ONLY);
		stage.setEnabled(false);
		probability = new Spinner(body, SWT.BORDER);
		probability.setValues(0, 0, 100, 0, 5, 10);
		probability.setEnabled(false);
		stage.addListener(SWT.Selection, e -> stageChosen());
		new Label(body, SWT.NONE);
		signals = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(signals);
		lostReason = field(body, Messages.Opportunity_lostReason);
		lostReason.setMessage(Messages.Board_lostRequired);
		lostReason.setEnabled(false);
		if (existing != null) {
			// An existing opportunity records which signals the customer showed.
			label(body, Messages.Opportunity_shown);
			signalChecks = new SignalChecks(body, Set.of());
		}
		label(body, Messages.Opportunity_owner);
		owner = new Combo(body, SWT.READ_ONLY);
		owner.setEnabled(false);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(owner);
		nextStep = field(body, Messages.Opportunity_nextStep);
		competitors = field(body, Messages.Opportunity_competitors);
		if (existing != null) {
			label(body, Messages.Opportunity_people);
			buyers = new BuyingPeople(body, customers);
			label(body, Messages.Opportunity_history);
			history = new Label(body, SWT.WRAP);
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(history);
			if (audit != null) {
				label(body, Messages.Opportunity_changes);
				new ChangeHistory(body, 4).show(audit, "sales.opportunity", String.valueOf(existing.id()));
			}
		}
		fill();
		new Loader(body).load(this::read, this::show, e -> setErrorMessage(e.getMessage()));
		return area;
	}

	/** In the background: touches no widget. */
	private Opened read() {
		Opportunity o = existing;
		if (o == null) {
			return new Opened(processes.standard(), directory.users(), Set.of(), List.of(), List.of());
		}
		return new Opened(processes.find(o.processId()).orElseGet(processes::standard), directory.users(),
				opportunities.signals(o.id()), opportunities.contacts(o.id()), opportunities.history(o.id()));
	}

	/** What is known without reading: the customer (found by the picker), and an existing one's own values. */
	private void fill() {
		Opportunity o = existing;
		if (customerId > 0) {
			customer.choose(customerId);
		}
		LocalDate day = o == null ? LocalDate.now().plusMonths(2) : o.closeDate();
		close.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
		if (o == null) {
			return;
		}
		name.setText(o.name());
		amount.setText(o.amount().amount().toPlainString());
		currency.setText(o.amount().currency().getCurrencyCode());
		nextStep.setText(o.nextStep());
		competitors.setText(o.competitors());
		lostReason.setText(o.lostReason() == null ? "" : o.lostReason());
	}

	/** The process's stages, the people, an existing one's signals, buyers and history, once read. */
	private void show(Opened opened) {
		Opportunity o = existing;
		process = opened.process();
		setMessage(NLS.bind(Messages.Opportunity_message, process.label()));
		process.stages().forEach(s -> stage.add(NLS.bind(Messages.Board_stage, s.label(), s.probability())));
		stage.select(o == null ? 0 : Math.max(0, indexOf(o.stageId())));
		stage.setEnabled(true);
		probability.setEnabled(true);
		if (signalChecks != null) {
			tickedBefore = opened.ticked();
			signalChecks.tick(tickedBefore);
		}
		stageChosen();
		people.addAll(opened.people());
		people.forEach(u -> owner.add(u.displayName()));
		String login = o == null ? null : o.owner();
		for (int i = 0; i < people.size(); i++) {
			if (people.get(i).login().equals(login)) {
				owner.select(i);
			}
		}
		owner.setEnabled(true);
		if (o != null) {
			probability.setSelection(o.probability());
			buyersBefore = opened.buyers();
			buyers.show(buyersBefore);
			history.setText(history(opened.history()));
		}
		fit();
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(true);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setEnabled(process != null);
	}

	/** Grows the dialog (within the screen) to what was read: signals and history take lines. */
	private void fit() {
		DialogSize.grow(getShell());
	}

	private String history(List<StageChange> changes) {
		Map<String, String> labels = process.stages().stream()
				.collect(Collectors.toMap(SalesStage::id, SalesStage::label));
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < changes.size(); i++) {
			StageChange c = changes.get(i);
			Instant until = i + 1 < changes.size() ? changes.get(i + 1).entered() : Instant.now();
			text.append(NLS.bind(Messages.Opportunity_historyLine, new Object[] {
					labels.getOrDefault(c.stageId(), c.stageId()),
					Amounts.day(LocalDate.ofInstant(c.entered(), ZoneId.systemDefault())),
					java.time.Duration.between(c.entered(), until).toDays(), c.by() })).append('\n');
		}
		return text.toString().strip();
	}

	private int indexOf(String stageId) {
		for (int i = 0; i < process.stages().size(); i++) {
			if (process.stages().get(i).id().equals(stageId)) {
				return i;
			}
		}
		return -1;
	}

	/** The stage's default probability, and the signals a rep should see before moving on. */
	private void stageChosen() {
		SalesStage s = process.stages().get(Math.max(0, stage.getSelectionIndex()));
		probability.setSelection(s.probability());
		signals.setText(s.signals().isEmpty() ? "" : NLS.bind(Messages.Opportunity_signals, String.join("; ", s.signals())));
		if (signalChecks != null) {
			signals.setText(s.signals().isEmpty() ? "" : Messages.Opportunity_signalsTick);
			signalChecks.show(s);
		}
		lostReason.setEnabled(s.outcome() == SalesStage.Outcome.LOST);
		signals.getParent().layout(true);
	}

	@Override
	protected void okPressed() {
		if (process == null) {
			return;
		}
		long chosen = customer.customerId();
		Money money = Amounts.money(amount.getText(), currency.getText());
		if (money == null) {
			setErrorMessage(Messages.Opportunity_badAmount);
			return;
		}
		SalesStage s = process.stages().get(stage.getSelectionIndex());
		String login = owner.getSelectionIndex() < 0 ? null : people.get(owner.getSelectionIndex()).login();
		Integer chance = probability.getSelection() == s.probability() ? null : probability.getSelection();
		OpportunityInput input = new OpportunityInput(chosen, name.getText(), money,
				LocalDate.of(close.getYear(), close.getMonth() + 1, close.getDay()), process.id(), s.id(), chance, login,
				nextStep.getText(), competitors.getText(), lostReason.getText());
		try {
			if (existing == null) {
				opportunities.create(input);
			} else {
				opportunities.update(existing.id(), existing.version(), input);
				saveSignalsAndPeople();
			}
		} catch (ValidationException e) {
			setErrorMessage(text(e).replace('\n', ' '));
			return;
		} catch (DatabaseException e) {
			// Saved by someone else meanwhile (stale), or refused by the database: the message says what to do.
			setErrorMessage(e.getMessage());
			return;
		}
		super.okPressed();
	}

	private void saveSignalsAndPeople() {
		Set<String> now = signalChecks.ticked();
		for (String key : java.util.stream.Stream.concat(now.stream(), tickedBefore.stream()).distinct().toList()) {
			if (now.contains(key) != tickedBefore.contains(key)) {
				String[] at = key.split("#");
				opportunities.signal(existing.id(), at[0], Integer.parseInt(at[1]), now.contains(key));
			}
		}
		if (!buyers.contacts().equals(buyersBefore)) {
			opportunities.contacts(existing.id(), buyers.contacts());
		}
	}

	private static Label label(Composite body, String text) {
		Label label = new Label(body, SWT.NONE);
		label.setText(text);
		return label;
	}

	private static Text field(Composite body, String text) {
		label(body, text);
		Text field = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(field);
		return field;
	}
}
