package org.rapport.sales.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.ui.testing.Widgets;
import org.rapport.platform.ui.testing.WorkbenchDriver;
import org.rapport.sales.LeadInput;
import org.rapport.sales.Leads;
import org.rapport.sales.Opportunities;
import org.rapport.sales.OpportunityInput;
import org.rapport.sales.SalesPeriod;

/**
 * A user opens every part of every installed module and a customer with its contributed sections: the workbench
 * never waits for the database, because every part reads in the background. A query on the UI thread freezes every
 * window until it returns; on a million customers or a distant server that is seconds.
 */
class PartsLoadInTheBackgroundTest {

	private static final String LEADS = "org.rapport.sales.ui.partdescriptor.leads";
	private static final String CUSTOMER_EDITOR = "org.rapport.contacts.ui.partdescriptor.customer";

	@TempDir
	Path home;

	@Test
	void openingEveryPartAndACustomerNeverQueriesTheDatabaseOnTheUiThread() throws Exception {
		WorkbenchDriver.run(home, driver -> {
			assertTrue(driver.waitFor(WorkbenchDriver.service(Database.class)::isOpen), "the database opens");
			long customer = driver.inBackground(() -> {
				Customer harmoni = WorkbenchDriver.service(CustomerService.class).create(CustomerInput.person("Mei Ling",
						"Tan", "Harmoni Sdn Bhd", "meiling@harmoni.my", null));
				WorkbenchDriver.service(Opportunities.class).create(new OpportunityInput(harmoni.id(), "Warehouse CRM",
						Money.of("48000", "MYR"), SalesPeriod.quarterOf(LocalDate.now()).to(), null, "prospecting", null,
						null));
				WorkbenchDriver.service(Leads.class).create(new LeadInput("Nurul Huda", "KL Dental Group",
						"nurul@kldental.my", null, "exhibition", "Kuala Lumpur"));
				return harmoni.id();
			});

			driver.watchUiThreadQueries();
			// The watch notices a query on the UI thread: this one, made on purpose.
			WorkbenchDriver.service(Leads.class).list(null, null, null, 1);
			int deliberate = driver.uiThreadQueries().size();
			assertTrue(deliberate > 0 && driver.uiThreadQueries().get(0).contains(getClass().getSimpleName()),
					"the deliberate query is noted: " + driver.uiThreadQueries());
			List<String> parts = driver.moduleParts();
			assertTrue(parts.contains(LEADS) && parts.size() >= 15, "every module's parts are offered: " + parts);
			for (String id : parts) {
				driver.openPart(id);
				driver.settle();
			}
			Table leads = Widgets.all(driver.partControl(LEADS), Table.class).get(0);
			assertTrue(driver.waitFor(() -> leads.getItemCount() == 1), "the leads part shows the lead");

			MPart editor = openCustomer(driver, customer);
			assertTrue(driver.waitFor(() -> editor.getWidget() != null && Widgets.all(
					(org.eclipse.swt.widgets.Control) editor.getWidget(), Table.class).stream()
					.anyMatch(t -> List.of(t.getItems()).stream().anyMatch(i -> i.getText(0).equals("Warehouse CRM")))),
					"the customer editor's Opportunities section shows the opportunity");
			assertTrue(driver.waitFor(() -> Widgets.all((org.eclipse.swt.widgets.Control) editor.getWidget(), Table.class)
					.stream().anyMatch(t -> List.of(t.getItems()).stream().anyMatch(
							i -> i.getText(2).equals("(the record)") && i.getText(4).contains("Mei Ling")))),
					"the History section shows who created the customer");
			driver.screenshot("customer-editor-sections.png");
			driver.settle();
			List<String> seen = driver.uiThreadQueries();
			assertEquals(List.of(), seen.subList(deliberate, seen.size()), "database work on the UI thread");
		});
	}

	private static MPart openCustomer(WorkbenchDriver driver, long id) {
		EPartService parts = driver.workbenchService(EPartService.class);
		MPart part = parts.createPart(CUSTOMER_EDITOR);
		part.getPersistedState().put("customerId", String.valueOf(id));
		driver.find("org.rapport.platform.ui.partstack.main", MPartStack.class).getChildren().add(part);
		parts.showPart(part, EPartService.PartState.ACTIVATE);
		return part;
	}
}
