package org.rapport.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.engagement.Task;
import org.rapport.contacts.engagement.TaskWindow;
import org.rapport.contacts.engagement.Tasks;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;
import org.rapport.platform.approvals.Approvals;
import org.rapport.platform.internal.security.LocalSecurityContext;
import org.rapport.platform.money.Money;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.User;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Contract;
import org.rapport.sales.ContractInput;
import org.rapport.sales.Contracts;
import org.rapport.sales.ExpenseInput;
import org.rapport.sales.ExpenseKind;
import org.rapport.sales.ExpenseStatus;
import org.rapport.sales.Expenses;

/** A contract's renewal reminder and list; expense claims approved by a sales manager. */
class ContractsAndExpensesTest extends WithCustomers {

	private static final User REP = new User("priya", "Priya Ramasamy", "sales", Set.of(Role.SALES_REP));
	private static final User MANAGER = new User("daniel", "Daniel Wong", "sales", Set.of(Role.SALES_MANAGER));

	private LocalSecurityContext security;
	private Customer pelangi;

	@BeforeEach
	void services() throws Exception {
		security = (LocalSecurityContext) TestSupport.service(SecurityContext.class);
		pelangi = customers.create(CustomerInput.person("Siti", "Abdullah", "Pelangi Hotels", "siti@pelangi.my", null));
	}

	@AfterEach
	void signOut() {
		security.signIn(null);
	}

	@Test
	void aContractRemindsItsOwnerToRenewBeforeItEnds() throws Exception {
		Contracts contracts = TestSupport.service(Contracts.class);
		LocalDate start = LocalDate.now().minusMonths(11);
		Contract support = contracts.create(new ContractInput(pelangi.id(), null, "Annual support, 40 seats",
				Money.of("48000", "MYR"), start, 12, 30, "priya"));
		assertEquals(start.plusMonths(12).minusDays(1), support.end(), "twelve months, both ends included");
		Task renew = TestSupport.service(Tasks.class).of("priya", TaskWindow.OPEN, ZoneId.systemDefault(), Locale.UK)
				.stream().filter(t -> t.title().contains("Annual support")).findFirst().orElseThrow();
		assertEquals(support.end().minusDays(30), LocalDate.ofInstant(renew.due(), ZoneId.systemDefault()));
		assertEquals(pelangi.id(), renew.customerId());
		contracts.create(new ContractInput(pelangi.id(), null, "Later", Money.of("1000", "MYR"), LocalDate.now(), 24,
				null, null));
		assertEquals(List.of(support.id()), contracts.endingBetween(LocalDate.now(), LocalDate.now().plusDays(90), 10)
				.stream().map(Contract::id).toList());
		ValidationException bad = assertThrows(ValidationException.class, () -> contracts.create(new ContractInput(
				pelangi.id(), null, " ", Money.of("-1", "MYR"), LocalDate.now(), 0, 400, null)));
		assertEquals(List.of("title", "value", "months", "reminderDays"),
				bad.errors().stream().map(FieldError::field).toList());
	}

	@Test
	void anExpenseClaimWaitsForASalesManager() throws Exception {
		Expenses expenses = TestSupport.service(Expenses.class);
		Approvals approvals = TestSupport.service(Approvals.class);
		security.signIn(REP);
		var dinner = expenses.claim(new ExpenseInput(ExpenseKind.ENTERTAINMENT, Money.of("380.50", "MYR"),
				LocalDate.now().minusDays(2), pelangi.id(), null, "Dinner with the general manager"));
		assertEquals(ExpenseStatus.AWAITING_APPROVAL, dinner.status());
		ValidationException future = assertThrows(ValidationException.class, () -> expenses.claim(new ExpenseInput(
				ExpenseKind.TRAVEL, Money.of("0", "MYR"), LocalDate.now().plusDays(1), pelangi.id(), null, "")));
		assertEquals(List.of("amount", "spentOn", "description"),
				future.errors().stream().map(FieldError::field).toList());

		security.signIn(MANAGER);
		var request = approvals.inbox().get(0);
		assertTrue(request.summary().contains("Priya Ramasamy") && request.summary().contains("380.50"),
				request.summary());
		approvals.decide(request.id(), true, "");
		security.signIn(REP);
		assertEquals(ExpenseStatus.APPROVED, expenses.mine(10).get(0).status());
		assertEquals(1, expenses.ofCustomer(pelangi.id(), 10).size());
	}

	@Test
	void everyClaimHasARequestOfItsOwnAndADecisionReachesOnlyItsClaim() throws Exception {
		Expenses expenses = TestSupport.service(Expenses.class);
		Approvals approvals = TestSupport.service(Approvals.class);
		security.signIn(REP);
		List<String> what = List.of("Taxi to the Pelangi plant", "Lunch with the buyer", "Trade fair stand");
		for (String description : what) {
			expenses.claim(new ExpenseInput(ExpenseKind.ENTERTAINMENT, Money.of("120", "MYR"), LocalDate.now(),
					pelangi.id(), null, description));
		}
		security.signIn(MANAGER);
		var mine = approvals.inbox().stream().filter(a -> what.stream().anyMatch(a.summary()::contains)).toList();
		assertEquals(3, mine.size());
		assertEquals(3, mine.stream().map(a -> a.id()).distinct().count(), "one request per claim");
		assertTrue(mine.stream().allMatch(a -> a.id() > 0), "request numbers are positive: " + mine);
		var taxi = mine.stream().filter(a -> a.summary().contains(what.get(0))).findFirst().orElseThrow();
		approvals.decide(taxi.id(), true, "");
		security.signIn(REP);
		var claims = expenses.mine(10).stream().filter(x -> what.contains(x.description())).toList();
		assertEquals(List.of(ExpenseStatus.APPROVED), claims.stream().filter(x -> x.description().equals(what.get(0)))
				.map(x -> x.status()).toList());
		assertTrue(claims.stream().filter(x -> !x.description().equals(what.get(0)))
				.allMatch(x -> x.status() == ExpenseStatus.AWAITING_APPROVAL), claims.toString());
	}
}
