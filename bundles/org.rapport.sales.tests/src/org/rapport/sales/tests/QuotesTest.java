package org.rapport.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.VipTier;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;
import org.rapport.platform.approvals.Approval;
import org.rapport.platform.approvals.Approvals;
import org.rapport.platform.internal.security.LocalSecurityContext;
import org.rapport.platform.money.Money;
import org.rapport.platform.security.AccessDeniedException;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.User;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.DeliveryStatus;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.OpportunityInput;
import org.rapport.sales.Order;
import org.rapport.sales.Orders;
import org.rapport.sales.PriceList;
import org.rapport.sales.Product;
import org.rapport.sales.Products;
import org.rapport.sales.Quote;
import org.rapport.sales.QuoteInput;
import org.rapport.sales.QuoteStatus;
import org.rapport.sales.Quotes;

/**
 * Quotes priced from the customer's tier, a discount above the rep's limit approved (or rejected) by a sales
 * manager through the platform's inbox and not below it, the order an accepted quote becomes, and its payments.
 */
class QuotesTest extends WithCustomers {

	private static final User REP = new User("aisyah", "Nur Aisyah", "sales", Set.of(Role.SALES_REP));
	private static final User MANAGER = new User("daniel", "Daniel Wong", "sales", Set.of(Role.SALES_MANAGER));

	private LocalSecurityContext security;
	private Products products;
	private Quotes quotes;
	private Orders orders;
	private Approvals approvals;
	private Customer gold;
	private Product licence;

	@BeforeEach
	void services() throws Exception {
		security = (LocalSecurityContext) TestSupport.service(SecurityContext.class);
		products = TestSupport.service(Products.class);
		quotes = TestSupport.service(Quotes.class);
		orders = TestSupport.service(Orders.class);
		approvals = TestSupport.service(Approvals.class);
		CustomerInput vip = CustomerInput.person("Mei Hua", "Tan", "Harmoni Sdn Bhd", "meihua@harmoni.my", null);
		gold = customers.create(new CustomerInput(vip.kind(), vip.name(), vip.givenName(), vip.familyName(), null,
				vip.company(), null, null, null, null, null, null, null, null, null, VipTier.GOLD, true, null,
				vip.channels(), Set.of(), null, null, null, null, null));
		licence = products.save("CRM-ENT", "Enterprise licence, per seat", Money.of("1000.00", "MYR"), true);
		products.priceList(new PriceList("Gold customers", VipTier.GOLD, new BigDecimal("5")));
	}

	@AfterEach
	void signOut() {
		security.signIn(null);
	}

	@Test
	void aDiscountWithinTheRepsLimitIsApprovedAtOnceAndPricedFromTheTier() {
		security.signIn(REP);
		Quote quote = quotes.create(input(10, "8"));
		// By hand: 1,000 less the gold tier's 5% = 950 a seat; 10 seats less 8% = 8,740.00.
		assertEquals(Money.of("950.00", "MYR"), quote.lines().get(0).unitPrice());
		assertEquals(Money.of("8740.00", "MYR"), quote.total());
		assertEquals(QuoteStatus.APPROVED, quotes.submit(quote.id()).status(), "8% is within a rep's 10%");
		security.signIn(MANAGER);
		assertEquals(List.of(), approvals.inbox(), "nothing to approve");
	}

	@Test
	void aDiscountAboveTheLimitWaitsForASalesManagerAndIsApprovedThroughTheInbox() {
		security.signIn(REP);
		Quote quote = quotes.submit(quotes.create(input(10, "15")).id());
		assertEquals(QuoteStatus.AWAITING_APPROVAL, quote.status());
		assertEquals(List.of(), approvals.inbox(), "a rep does not approve, least of all her own quote");
		ValidationException early = assertThrows(ValidationException.class, () -> quotes.accept(quote.id()));
		assertEquals("status", early.errors().get(0).field());

		security.signIn(MANAGER);
		List<Approval> inbox = approvals.inbox();
		assertEquals(1, inbox.size());
		assertTrue(inbox.get(0).summary().contains(quote.number()) && inbox.get(0).summary().contains("15%"),
				inbox.get(0).summary());
		approvals.decide(inbox.get(0).id(), true, "");
		assertEquals(QuoteStatus.APPROVED, quotes.find(quote.id()).orElseThrow().status());

		security.signIn(REP);
		Order order = quotes.accept(quote.id());
		assertEquals(Money.of("8075.00", "MYR"), order.total(), "10 x 950 less 15%");
		assertEquals(QuoteStatus.ACCEPTED, quotes.find(quote.id()).orElseThrow().status());
		assertEquals(List.of(order.id()), orders.ofCustomer(gold.id(), 10).stream().map(Order::id).toList());
		assertThrows(ValidationException.class, () -> quotes.accept(quote.id()), "an accepted quote is not ordered twice");
		assertEquals(1, orders.ofCustomer(gold.id(), 10).size());
	}

	@Test
	void aRejectedDiscountSaysWhyAndTheQuoteCanBeChangedAndSubmittedAgain() {
		security.signIn(REP);
		Quote quote = quotes.submit(quotes.create(input(5, "30")).id());
		security.signIn(MANAGER);
		long request = approvals.inbox().get(0).id();
		assertThrows(ValidationException.class, () -> approvals.decide(request, false, " "), "a reason is needed");
		approvals.decide(request, false, "Thirty percent is too much; offer 12%.");
		security.signIn(REP);
		Quote rejected = quotes.find(quote.id()).orElseThrow();
		assertEquals(QuoteStatus.REJECTED, rejected.status());
		assertEquals("Thirty percent is too much; offer 12%.", rejected.rejection());
		assertThrows(AccessDeniedException.class, () -> approvals.decide(request, true, ""), "she asked for it");
		Quote changed = quotes.update(quote.id(), rejected.version(), input(5, "12"));
		assertEquals(QuoteStatus.DRAFT, changed.status());
		assertEquals(QuoteStatus.AWAITING_APPROVAL, quotes.submit(quote.id()).status(), "12% is still above 10%");
	}

	@Test
	void anAcceptedQuoteWinsItsOpportunityAndPaymentsReduceWhatIsOutstanding() throws Exception {
		Opportunities opportunities = TestSupport.service(Opportunities.class);
		Opportunity deal = opportunities.create(new OpportunityInput(gold.id(), "Seats for Harmoni",
				Money.of("9000", "MYR"), LocalDate.now().plusDays(30), null, "negotiation", null, null));
		Quote quote = quotes.create(new QuoteInput(gold.id(), deal.id(), "MYR", LocalDate.now().plusDays(14),
				List.of(new QuoteInput.Line(licence.id(), BigDecimal.TEN, BigDecimal.ZERO))));
		quotes.submit(quote.id());
		Order order = quotes.accept(quote.id());
		assertEquals("won", opportunities.find(deal.id()).orElseThrow().stageId());

		Order half = orders.pay(order.id(), order.version(), Money.of("4000", "MYR"), LocalDate.now(), "TT 88123");
		assertEquals(Money.of("5500.00", "MYR"), half.outstanding(), "9,500 less 4,000");
		assertEquals(List.of(order.id()), orders.outstanding(10).stream().map(Order::id).toList());
		ValidationException tooMuch = assertThrows(ValidationException.class,
				() -> orders.pay(order.id(), half.version(), Money.of("6000", "MYR"), LocalDate.now(), ""));
		assertTrue(tooMuch.getMessage().contains("5500"), tooMuch.getMessage());
		assertThrows(ValidationException.class,
				() -> orders.pay(order.id(), half.version(), Money.of("10", "SGD"), null, ""));
		Order paid = orders.pay(order.id(), half.version(), Money.of("5500", "MYR"), LocalDate.now(), "TT 88190");
		assertEquals(List.of(), orders.outstanding(10), "paid in full");
		assertEquals(DeliveryStatus.DELIVERED,
				orders.deliver(order.id(), paid.version(), DeliveryStatus.DELIVERED).delivery());
	}

	@Test
	void badLinesAreNamedOneByOneAndNothingIsSaved() {
		Product dollars = products.save("SUPPORT-US", "Support, US hours", Money.of("200", "USD"), true);
		ValidationException e = assertThrows(ValidationException.class, () -> quotes.create(new QuoteInput(gold.id(),
				null, "MYR", LocalDate.now().plusDays(5), List.of(
						new QuoteInput.Line(licence.id(), BigDecimal.ZERO, BigDecimal.ZERO),
						new QuoteInput.Line(licence.id(), BigDecimal.ONE, new BigDecimal("120")),
						new QuoteInput.Line(dollars.id(), BigDecimal.ONE, BigDecimal.ZERO)))));
		assertEquals(List.of("lines[1].quantity", "lines[2].discount", "lines[3].product"),
				e.errors().stream().map(FieldError::field).toList());
		assertEquals(List.of(), quotes.ofCustomer(gold.id(), 10));
	}

	private QuoteInput input(int seats, String discount) {
		return new QuoteInput(gold.id(), null, "MYR", LocalDate.now().plusDays(30),
				List.of(new QuoteInput.Line(licence.id(), BigDecimal.valueOf(seats), new BigDecimal(discount))));
	}

	@Test
	void aRepCannotRaiseTheirOwnDiscountLimitAndIsToldWhoMay() {
		security.signIn(REP);
		AccessDeniedException refused = assertThrows(AccessDeniedException.class,
				() -> quotes.discountLimit(Role.SALES_REP, new BigDecimal("100")));
		assertTrue(refused.getMessage().contains("aisyah") && refused.getMessage().contains("Administrator"),
				refused.getMessage());
		Quote deep = quotes.submit(quotes.create(input(2, "100")).id());
		assertEquals(QuoteStatus.AWAITING_APPROVAL, deep.status(), "a full discount still needs a manager");
	}
}
