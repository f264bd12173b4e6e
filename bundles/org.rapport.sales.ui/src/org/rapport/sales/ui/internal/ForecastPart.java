package org.rapport.sales.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.ui.Reload;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.User;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Forecast;
import org.rapport.sales.Forecasts;
import org.rapport.sales.OpportunityFilter;
import org.rapport.sales.PipelineStage;
import org.rapport.sales.SalesPeriod;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.SalesStage;

import jakarta.annotation.PostConstruct;
import org.rapport.platform.ui.Loader;
import org.rapport.sales.SalesTopics;

/**
 * The forecast of a period for me, a team or the company against quota, each rep's share, and the pipeline
 * as a funnel.
 */
public class ForecastPart {

	private SalesFilterBar bar;
	private Composite figures;
	private Label problem;
	private FunnelChart funnel;
	private Table reps;
	private Forecasts forecasts;
	private SalesProcesses processes;
	private Directory directory;
	private Loader loader;

	@PostConstruct
	void create(Composite parent, Forecasts forecastService, SalesProcesses processService, Directory people,
			SecurityContext security, Database database, IEventBroker broker) {
		this.forecasts = forecastService;
		this.processes = processService;
		this.directory = people;
		GridLayoutFactory.fillDefaults().numColumns(7).margins(6, 6).applyTo(parent);
		bar = new SalesFilterBar(parent, processes, directory, security.currentLogin(), true, this::reload);
		problem = new Label(parent, SWT.WRAP);
		problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(problem);
		Group numbers = new Group(parent, SWT.NONE);
		numbers.setText(Messages.Forecast_figures);
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(numbers);
		GridDataFactory.fillDefaults().span(3, 1).grab(false, true).hint(360, SWT.DEFAULT).applyTo(numbers);
		figures = new Composite(numbers, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 4).applyTo(figures);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(figures);
		Group chart = new Group(parent, SWT.NONE);
		chart.setText(Messages.Forecast_funnel);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(chart);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(SWT.DEFAULT, 280).applyTo(chart);
		funnel = new FunnelChart(chart);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(funnel.control());
		reps = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		reps.setHeaderVisible(true);
		reps.setLinesVisible(true);
		for (String title : new String[] { Messages.Forecast_rep, Messages.Forecast_closed, Messages.Forecast_weighted,
				Messages.Forecast_expected, Messages.Forecast_quota, Messages.Forecast_attainment,
				Messages.Forecast_pipeline }) {
			TableColumn column = new TableColumn(reps, title.equals(Messages.Forecast_rep) ? SWT.LEFT : SWT.RIGHT);
			column.setText(title);
			column.setWidth(title.equals(Messages.Forecast_rep) ? 200 : 130);
		}
		GridDataFactory.fillDefaults().span(7, 1).grab(true, true).applyTo(reps);
		loader = new Loader(reps);
		Reload.when(broker, reps, this::reload, SalesTopics.OPPORTUNITIES);
		if (database.isOpen()) {
			reload();
		}
	}

	@Focus
	void focus() {
		reps.setFocus();
	}

	private void reload() {
		bar.whenFilled(loader, () -> {
			OpportunityFilter chosen = bar.filter();
			// A forecast is of a period: "any close date" means this year here.
			OpportunityFilter filter = bar.period() == null
					? chosen.inPeriod(SalesPeriod.yearOf(java.time.LocalDate.now())) : chosen;
			loader.load(() -> read(filter), this::show);
		});
	}

	/** What the part shows, read in the background. */
	private record ForecastView(Forecast total, List<String[]> reps, String problem, List<PipelineStage> open) {
	}

	private ForecastView read(OpportunityFilter filter) {
		String currency = forecasts.companyCurrency();
		Forecast total = null;
		List<String[]> lines = new ArrayList<>();
		String failed = "";
		try {
			total = forecasts.forecast(filter, currency);
			Map<String, Forecast> each = forecasts.forecastByOwner(filter, currency);
			for (String login : owners(filter)) {
				String name = directory.user(login).map(User::displayName).orElse(login);
				Forecast mine = each.get(login);
				// Nothing closing in the period and no quota: a line of dashes says so.
				lines.add(mine == null ? new String[] { name, "-", "-", "-", "-", "-", "-" }
						: new String[] { name, Amounts.whole(mine.closed()), Amounts.whole(mine.weighted()),
								Amounts.whole(mine.expected()), Amounts.whole(mine.quota()),
								mine.attainment() < 0 ? "-" : mine.attainment() + "%", Amounts.whole(mine.pipeline()) });
			}
		} catch (ValidationException e) {
			total = null;
			lines.clear();
			failed = OpportunityDialog.text(e);
		}
		String process = filter.processId() == null ? processes.standard().id() : filter.processId();
		Map<String, SalesStage> stages = new java.util.HashMap<>();
		processes.find(process).ifPresent(p -> p.stages().forEach(s -> stages.put(s.id(), s)));
		List<PipelineStage> open = new ArrayList<>();
		for (PipelineStage stage : forecasts.pipeline(new OpportunityFilter(process, filter.owners(), filter.closeFrom(),
				filter.closeTo()))) {
			if (stages.get(stage.stageId()).outcome() == SalesStage.Outcome.OPEN) {
				open.add(stage);
			}
		}
		return new ForecastView(total, lines, failed, open);
	}

	private void show(ForecastView view) {
		reps.removeAll();
		show(view.total());
		view.reps().forEach(line -> new TableItem(reps, SWT.NONE).setText(line));
		problem.setText(view.problem());
		funnel.show(view.open());
		figures.getParent().layout(true);
		problem.getParent().layout(new org.eclipse.swt.widgets.Control[] { problem });
	}

	/** The figures as label and amount side by side. */
	private void show(Forecast f) {
		for (org.eclipse.swt.widgets.Control old : figures.getChildren()) {
			old.dispose();
		}
		if (f != null) {
			line(NLS.bind(Messages.Forecast_period, Amounts.day(f.from()), Amounts.day(f.to())), "");
			line(Messages.Forecast_closed, Amounts.whole(f.closed()));
			line(Messages.Forecast_weighted, Amounts.whole(f.weighted()));
			line(Messages.Forecast_expected, Amounts.whole(f.expected()));
			line(Messages.Forecast_quota, Amounts.whole(f.quota()));
			line(Messages.Forecast_attainment, f.attainment() < 0 ? "-" : f.attainment() + "%");
			line(Messages.Forecast_pipeline, Amounts.whole(f.pipeline()));
			line(Messages.Forecast_bestCase, Amounts.whole(f.bestCase()));
			line(Messages.Forecast_native, Amounts.whole(f.byCurrency()));
		}
		figures.layout(true);
	}

	private void line(String label, String value) {
		new Label(figures, SWT.NONE).setText(label);
		Label amount = new Label(figures, SWT.RIGHT);
		amount.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(amount);
	}

	/** The reps to show one line each for: the filter's, or everyone in the directory. */
	private List<String> owners(OpportunityFilter filter) {
		return filter.owners().isEmpty() ? directory.users().stream().map(User::login).toList() : filter.owners();
	}
}
