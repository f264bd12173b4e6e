package org.rapport.sales.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.RecordVisibility;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Forecast;
import org.rapport.sales.Forecasts;
import org.rapport.sales.Opportunities;
import org.rapport.sales.OpportunityFilter;
import org.rapport.sales.SalesPeriod;
import org.rapport.sales.PipelineStage;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.SalesStage;
import org.rapport.sales.internal.store.FilterSql;
import org.rapport.sales.internal.store.Quotas;

/**
 * Forecasts summed in SQL by currency, close date and stage; the stages' outcomes come from their processes,
 * the conversion uses the rate valid at each close date.
 */
@Component(service = Forecasts.class)
public class JdbcForecasts implements Forecasts {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private RecordVisibility visibility;

	@Reference
	private SalesProcesses processes;

	@Reference
	private AuditLog audit;

	@Override
	public Forecast forecast(OpportunityFilter filter, String currency) {
		return compute(filter, currency, false).get(filter.owners().isEmpty() ? null : String.join(",", filter.owners()));
	}

	@Override
	public Map<String, Forecast> forecastByOwner(OpportunityFilter filter, String currency) {
		return compute(filter, currency, true);
	}

	/** One row of the forecast's sums: an owner's amounts in a currency, closing on a day, in a stage of a process. */
	private record Sum(String owner, String currency, LocalDate closeDate, String stage, BigDecimal amount,
			BigDecimal weighted) {
	}

	/** Sums of one forecast as they are added up. */
	private static final class Sums {
		BigDecimal closed = BigDecimal.ZERO;
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal pipeline = BigDecimal.ZERO;
		BigDecimal quota = BigDecimal.ZERO;
		final Map<String, BigDecimal> byCurrency = new TreeMap<>();
	}

	/** The forecast of the whole filter (keyed by its owners joined, or null), or one per owner. */
	private Map<String, Forecast> compute(OpportunityFilter filter, String currency, boolean perOwner) {
		security.checkPermitted(Opportunities.MODULE, Action.READ);
		if (filter.closeFrom() == null || filter.closeTo() == null) {
			throw new ValidationException(List.of(new FieldError("period", Messages.Forecast_noPeriod)));
		}
		Currency company = Currency.getInstance(currency);
		Map<String, SalesStage.Outcome> outcomes = new HashMap<>();
		for (SalesProcess p : processes.list()) {
			p.stages().forEach(s -> outcomes.put(p.id() + "\u0001" + s.id(), s.outcome()));
		}
		String whole = filter.owners().isEmpty() ? null : String.join(",", filter.owners());
		Map<String, Sums> sums = new java.util.LinkedHashMap<>();
		if (perOwner) {
			filter.owners().forEach(o -> sums.put(o, new Sums()));
		} else {
			sums.put(whole, new Sums());
		}
		FilterSql where = new FilterSql(filter, filter.processId(), visible());
		database.jdbc().read(c -> {
			Map<String, NavigableMap<LocalDate, BigDecimal>> rates = rates(c);
			List<Sum> rows = Rows.query(c, "SELECT owner_login, currency, close_date, process_id, stage_id,"
					+ " SUM(amount), SUM(amount * probability) FROM sales_opportunity" + where.where()
					+ " GROUP BY owner_login, currency, close_date, process_id, stage_id", where.parameters(),
					rs -> new Sum(rs.getString(1), rs.getString(2), Rows.localDate(rs, 3),
							rs.getString(4) + "\u0001" + rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7)));
			for (Sum row : rows) {
				Sums to = sums.computeIfAbsent(perOwner ? row.owner() : whole, k -> new Sums());
				SalesStage.Outcome outcome = outcomes.getOrDefault(row.stage(), SalesStage.Outcome.OPEN);
				BigDecimal rate = rate(rates, row.currency(), currency, row.closeDate());
				BigDecimal expected = row.weighted().divide(HUNDRED);
				switch (outcome) {
				case WON -> to.closed = to.closed.add(row.amount().multiply(rate));
				case OPEN -> {
					to.weighted = to.weighted.add(expected.multiply(rate));
					to.pipeline = to.pipeline.add(row.amount().multiply(rate));
					to.byCurrency.merge(row.currency(), expected, BigDecimal::add);
				}
				case LOST -> {
					// Lost business forecasts nothing.
				}
				}
			}
			Quotas.byOwner(c, filter, currency, rates).forEach((owner, quota) -> {
				Sums to = sums.computeIfAbsent(perOwner ? owner : whole, k -> new Sums());
				to.quota = to.quota.add(quota);
			});
			return null;
		});
		Map<String, Forecast> forecasts = new java.util.LinkedHashMap<>();
		sums.forEach((owner, f) -> {
			Map<String, Money> native_ = new TreeMap<>();
			f.byCurrency.forEach((code, sum) -> native_.put(code, new Money(sum, Currency.getInstance(code))));
			forecasts.put(owner, new Forecast(filter.closeFrom(), filter.closeTo(), owner, new Money(f.closed, company),
					new Money(f.weighted, company), new Money(f.pipeline, company),
					new Money(f.closed.add(f.pipeline), company), currency, native_, new Money(f.quota, company)));
		});
		return forecasts;
	}

	@Override
	public List<PipelineStage> pipeline(OpportunityFilter filter) {
		security.checkPermitted(Opportunities.MODULE, Action.READ);
		String processId = filter.processId();
		SalesProcess process = processId == null ? processes.standard() : processes.find(processId).orElseThrow(
				() -> new ValidationException(List.of(new FieldError("process", NLS.bind(Messages.Opportunity_noProcess,
						processId)))));
		Map<String, Integer> counts = new HashMap<>();
		Map<String, Map<String, BigDecimal>> totals = new HashMap<>();
		Map<String, Map<String, BigDecimal>> weights = new HashMap<>();
		FilterSql where = new FilterSql(filter, process.id(), visible());
		database.jdbc().query("SELECT stage_id, currency, COUNT(*), SUM(amount), SUM(amount * probability)"
				+ " FROM sales_opportunity" + where.where() + " GROUP BY stage_id, currency", where.parameters(),
				rs -> {
					String stage = rs.getString(1);
					counts.merge(stage, rs.getInt(3), Integer::sum);
					totals.computeIfAbsent(stage, k -> new TreeMap<>()).put(rs.getString(2), rs.getBigDecimal(4));
					return weights.computeIfAbsent(stage, k -> new TreeMap<>()).put(rs.getString(2),
							rs.getBigDecimal(5).divide(HUNDRED));
				});
		List<PipelineStage> stages = new ArrayList<>();
		for (SalesStage stage : process.stages()) {
			stages.add(new PipelineStage(process.id(), stage.id(), stage.label(), counts.getOrDefault(stage.id(), 0),
					money(totals.getOrDefault(stage.id(), Map.of())), money(weights.getOrDefault(stage.id(), Map.of()))));
		}
		return stages;
	}

	private static Map<String, Money> money(Map<String, BigDecimal> amounts) {
		Map<String, Money> money = new TreeMap<>();
		amounts.forEach((code, amount) -> money.put(code, new Money(amount, Currency.getInstance(code))));
		return money;
	}

	@Override
	public String companyCurrency() {
		security.checkPermitted(Opportunities.MODULE, Action.READ);
		return database.jdbc().first("SELECT setting_value FROM sales_setting WHERE setting_name = 'company.currency'",
				List.of(), rs -> rs.getString(1)).orElse("MYR");
	}

	@Override
	public void companyCurrency(String code) {
		security.checkPermitted(Opportunities.MODULE, Action.ADMINISTER);
		String currency;
		try {
			currency = Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT)).getCurrencyCode();
		} catch (RuntimeException e) {
			throw new ValidationException(List.of(new FieldError("currency", NLS.bind(Messages.Currency_unknown, code))));
		}
		database.jdbc().change(c -> {
			Rows.update(c, "DELETE FROM sales_setting WHERE setting_name = 'company.currency'");
			Rows.update(c, "INSERT INTO sales_setting (setting_name, setting_value) VALUES ('company.currency', ?)",
					currency);
			audit.record(c, "sales.setting", "company.currency", "value", null, currency);
		});
	}

	@Override
	public void quota(String owner, SalesPeriod period, Money amount) {
		security.checkPermitted(Opportunities.MODULE, Action.ADMINISTER);
		if (amount == null || amount.isNegative()) {
			throw new ValidationException(List.of(new FieldError("quota", Messages.Quota_negative)));
		}
		database.jdbc().change(c -> {
			Quotas.set(c, owner, period, amount);
			audit.record(c, "sales.quota", owner, period.name(), null, amount.toString());
		});
	}

	@Override
	public void rate(String currency, LocalDate validFrom, BigDecimal toCompanyCurrency) {
		security.checkPermitted(Opportunities.MODULE, Action.ADMINISTER);
		if (toCompanyCurrency == null || toCompanyCurrency.signum() <= 0) {
			throw new ValidationException(List.of(new FieldError("rate", Messages.Rate_positive)));
		}
		String code = Currency.getInstance(currency).getCurrencyCode();
		database.jdbc().change(c -> {
			Rows.update(c, "DELETE FROM sales_rate WHERE currency = ? AND valid_from = ?", code, validFrom);
			Rows.update(c, "INSERT INTO sales_rate (currency, valid_from, rate) VALUES (?, ?, ?)", code, validFrom,
					toCompanyCurrency);
			audit.record(c, "sales.rate", code, validFrom.toString(), null, toCompanyCurrency.toPlainString());
		});
	}

	private static Map<String, NavigableMap<LocalDate, BigDecimal>> rates(Connection c) throws SQLException {
		Map<String, NavigableMap<LocalDate, BigDecimal>> rates = new HashMap<>();
		Rows.query(c, "SELECT currency, valid_from, rate FROM sales_rate", List.of(), rs -> rates.computeIfAbsent(
				rs.getString(1), k -> new TreeMap<>()).put(Rows.localDate(rs, 2), rs.getBigDecimal(3)));
		return rates;
	}

	/** The rate valid on a day: 1 for the company currency, else the latest set on or before it. */
	public static BigDecimal rate(Map<String, NavigableMap<LocalDate, BigDecimal>> rates, String code, String company,
			LocalDate day) {
		if (code.equals(company)) {
			return BigDecimal.ONE;
		}
		NavigableMap<LocalDate, BigDecimal> known = rates.get(code);
		Map.Entry<LocalDate, BigDecimal> valid = known == null ? null : known.floorEntry(day);
		if (valid == null) {
			throw new ValidationException(new ArrayList<>(List.of(new FieldError("rate",
					NLS.bind(Messages.Rate_missing, new Object[] { code, company, day })))));
		}
		return valid.getValue();
	}

	/** Whose opportunities the reader sees (their sharing). */
	private java.util.Optional<java.util.Set<String>> visible() {
		return visibility.visibleOwners(Opportunities.RECORD_TYPE);
	}
}
