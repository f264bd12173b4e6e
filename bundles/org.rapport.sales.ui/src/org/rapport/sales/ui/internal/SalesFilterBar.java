package org.rapport.sales.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.Team;
import org.rapport.platform.security.User;
import org.rapport.platform.ui.Loader;
import org.rapport.sales.OpportunityFilter;
import org.rapport.sales.SalesPeriod;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesProcesses;

/**
 * Whose opportunities (mine, a team's, a colleague's, everyone's), of which process and closing when: the filter
 * every sales view shares. Adds its labels and choosers to the parent's row.
 */
final class SalesFilterBar {

	private final Combo process;
	private final Combo whose;
	private final Combo period;
	private final List<String> processIds = new ArrayList<>();
	private final List<List<String>> owners = new ArrayList<>();
	private final List<SalesPeriod> periods = new ArrayList<>();
	private final SalesProcesses processes;
	private final Directory directory;
	private final String me;
	private final boolean anyProcess;

	/** @param anyProcess offer "All processes" first (forecasts); boards need one process */
	SalesFilterBar(Composite parent, SalesProcesses processes, Directory directory, String me, boolean anyProcess,
			Runnable changed) {
		this(parent, processes, directory, me, anyProcess, true, changed);
	}

	/** @param withPeriod offer the close dates (views with periods of their own do not) */
	SalesFilterBar(Composite parent, SalesProcesses processes, Directory directory, String me, boolean anyProcess,
			boolean withPeriod, Runnable changed) {
		this.processes = processes;
		this.directory = directory;
		this.me = me;
		this.anyProcess = anyProcess;
		new Label(parent, SWT.NONE).setText(Messages.Filter_process);
		process = new Combo(parent, SWT.READ_ONLY);
		new Label(parent, SWT.NONE).setText(Messages.Filter_whose);
		whose = new Combo(parent, SWT.READ_ONLY);
		period = withPeriod ? periodChooser(parent) : null;
		for (Combo combo : new Combo[] { process, whose, period }) {
			if (combo != null) {
				combo.addListener(SWT.Selection, e -> changed.run());
			}
		}
	}

	private Combo periodChooser(Composite parent) {
		new Label(parent, SWT.NONE).setText(Messages.Filter_period);
		Combo chooser = new Combo(parent, SWT.READ_ONLY);
		SalesPeriod quarter = SalesPeriod.quarterOf(LocalDate.now());
		addPeriod(chooser, NLS.bind(Messages.Filter_thisQuarter, quarter.name()), quarter);
		addPeriod(chooser, NLS.bind(Messages.Filter_nextQuarter, quarter.nextQuarter().name()), quarter.nextQuarter());
		SalesPeriod year = SalesPeriod.yearOf(LocalDate.now());
		addPeriod(chooser, NLS.bind(Messages.Filter_thisYear, year.name()), year);
		addPeriod(chooser, Messages.Filter_anyDate, null);
		chooser.select(0);
		return chooser;
	}

	/** The processes, teams and people to choose from, read from the database (in the background). */
	record Choices(List<SalesProcess> processes, String standardId, List<Team> teams, List<User> users) {
	}

	/**
	 * Runs {@code then} on the UI thread once the bar offers its choices: the first time after reading them in the
	 * background through the part's loader, later at once.
	 */
	void whenFilled(Loader loader, Runnable then) {
		if (!owners.isEmpty()) {
			then.run();
			return;
		}
		loader.load(() -> new Choices(processes.list(), processes.standard().id(), directory.teams(), directory.users()),
				choices -> {
					fill(choices);
					then.run();
				});
	}

	private void fill(Choices choices) {
		if (!owners.isEmpty()) {
			return;
		}
		if (anyProcess) {
			process.add(Messages.Filter_allProcesses);
			processIds.add(null);
		}
		for (SalesProcess p : choices.processes()) {
			process.add(p.label());
			processIds.add(p.id());
		}
		process.select(anyProcess ? 0 : Math.max(0, processIds.indexOf(choices.standardId())));
		add(Messages.Filter_mine, List.of(me));
		for (Team team : choices.teams()) {
			add(NLS.bind(Messages.Filter_team, team.name()), team.members());
		}
		add(Messages.Filter_everyone, List.of());
		for (User user : choices.users()) {
			if (!user.login().equals(me)) {
				add(user.displayName(), List.of(user.login()));
			}
		}
		// The board opens on the person's own team (the first they belong to), else on their own opportunities.
		List<Team> teams = choices.teams();
		int mine = 0;
		for (int i = 0; i < teams.size() && mine == 0; i++) {
			if (teams.get(i).members().contains(me)) {
				mine = i + 1;
			}
		}
		whose.select(mine);
		process.getParent().layout(true);
	}

	private void add(String label, List<String> logins) {
		whose.add(label);
		owners.add(logins);
	}

	private void addPeriod(Combo chooser, String label, SalesPeriod value) {
		chooser.add(label);
		periods.add(value);
	}

	/** The filter chosen; call it from {@link #whenFilled}. */
	OpportunityFilter filter() {
		return new OpportunityFilter(processIds.get(Math.max(0, process.getSelectionIndex())),
				owners.get(Math.max(0, whose.getSelectionIndex())), null, null).inPeriod(period());
	}

	/** The period chosen, or null for any close date. */
	SalesPeriod period() {
		return period == null ? null : periods.get(Math.max(0, period.getSelectionIndex()));
	}
}
