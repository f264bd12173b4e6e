package org.rapport.sales.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.internal.security.LocalSecurityContext;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.security.User;
import org.rapport.platform.ui.testing.Widgets;
import org.rapport.platform.ui.testing.WorkbenchDriver;
import org.rapport.sales.Product;
import org.rapport.sales.Products;
import org.rapport.sales.Quote;
import org.rapport.sales.QuoteInput;
import org.rapport.sales.QuoteStatus;
import org.rapport.sales.Quotes;

/**
 * A rep's quote with a discount above her limit waits in the sales manager's Inbox; he approves it there, and
 * the quote shows as approved in Sales > Quotes.
 */
class QuotesPartTest {

	private static final String APPROVALS = "org.rapport.platform.ui.partdescriptor.approvals";
	private static final String QUOTES = "org.rapport.sales.ui.partdescriptor.quotes";
	private static final String PRODUCTS = "org.rapport.sales.ui.partdescriptor.products";

	@TempDir
	Path home;

	@Test
	void aSalesManagerApprovesADiscountFromTheInbox() throws Exception {
		WorkbenchDriver.run(home, driver -> {
			assertTrue(driver.waitFor(WorkbenchDriver.service(Database.class)::isOpen), "the database opens");
			LocalSecurityContext security = (LocalSecurityContext) WorkbenchDriver.service(SecurityContext.class);
			try {
				Customer harmoni = WorkbenchDriver.service(CustomerService.class).create(CustomerInput.person("Mei Ling", "Tan",
						"Harmoni Sdn Bhd", "meiling@harmoni.my", null));
				Product seat = WorkbenchDriver.service(Products.class).save("CRM-ENT", "Enterprise licence, per seat",
						Money.of("1000", "MYR"), true);
				Quotes quotes = WorkbenchDriver.service(Quotes.class);
				security.signIn(new User("aisyah", "Nur Aisyah", "sales", Set.of(Role.SALES_REP)));
				Quote quote = quotes.submit(quotes.create(new QuoteInput(harmoni.id(), null, "MYR",
						LocalDate.now().plusDays(30), List.of(new QuoteInput.Line(seat.id(), BigDecimal.TEN,
								new BigDecimal("15"))))).id());
				assertEquals(QuoteStatus.AWAITING_APPROVAL, quote.status());

				security.signIn(new User("daniel", "Daniel Wong", "sales", Set.of(Role.SALES_MANAGER)));
				driver.openFromNavigator("Inbox", "Approvals");
				assertTrue(driver.waitFor(() -> driver.partControl(APPROVALS) != null), "the inbox opens");
				Control inbox = driver.partControl(APPROVALS);
				Table waiting = Widgets.all(inbox, Table.class).get(0);
				assertTrue(driver.waitFor(() -> waiting.getItemCount() == 1), "the request waits");
				assertTrue(waiting.getItem(0).getText(0).contains(quote.number()), waiting.getItem(0).getText(0));
				waiting.select(0);
				waiting.notifyListeners(SWT.Selection, new Event());
				driver.screenshot("approvals.png");
				Widgets.all(inbox, Button.class).stream().filter(b -> b.getText().equals(
						org.rapport.platform.ui.internal.Messages.Approvals_approve)).findFirst().orElseThrow()
						.notifyListeners(SWT.Selection, new Event());
				driver.settle();
				assertEquals(0, waiting.getItemCount(), "decided");
				assertEquals(QuoteStatus.APPROVED, quotes.find(quote.id()).orElseThrow().status());

				security.signIn(null);
				driver.openFromNavigator("Sales", "Quotes");
				assertTrue(driver.waitFor(() -> driver.partControl(QUOTES) != null), "the quotes open");
				Control part = driver.partControl(QUOTES);
				Combo status = Widgets.all(part, Combo.class).get(0);
				status.select(QuoteStatus.APPROVED.ordinal());
				status.notifyListeners(SWT.Selection, new Event());
				Table list = Widgets.all(part, Table.class).get(0);
				assertTrue(driver.waitFor(() -> list.getItemCount() == 1));
				assertEquals(quote.number(), list.getItem(0).getText(0));
				assertEquals("MYR 8,500.00", list.getItem(0).getText(3), "10 seats of 1,000 less 15%");
				driver.screenshot("quotes.png");

				driver.openFromNavigator("Sales", "Products");
				assertTrue(driver.waitFor(() -> driver.partControl(PRODUCTS) != null), "the catalogue opens");
				Table catalogue = Widgets.all(driver.partControl(PRODUCTS), Table.class).get(0);
				assertTrue(driver.waitFor(() -> catalogue.getItemCount() == 1));
				assertEquals("CRM-ENT", catalogue.getItem(0).getText(0));
				assertEquals("MYR 1,000.00", catalogue.getItem(0).getText(2));
				driver.screenshot("products.png");
			} finally {
				security.signIn(null);
			}
		});
	}
}
