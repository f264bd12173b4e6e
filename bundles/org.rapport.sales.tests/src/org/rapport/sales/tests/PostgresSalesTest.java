package org.rapport.sales.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.testing.OnServerDatabase;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.Database;
import org.rapport.sales.ExpenseInput;
import org.rapport.sales.ExpenseKind;
import org.rapport.sales.ExpenseStatus;
import org.rapport.sales.Expenses;
import org.rapport.sales.Letterhead;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.OpportunityInput;
import org.rapport.sales.Product;
import org.rapport.sales.Products;
import org.rapport.sales.Quote;
import org.rapport.sales.QuoteDocuments;
import org.rapport.sales.QuoteInput;
import org.rapport.sales.Quotes;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.SalesStage;

/**
 * The sales tables on a real PostgreSQL: the company's own process with a stage of its own, a quote printed under
 * the letterhead with its logo (kept as bytes on the server), and an expense claim waiting for approval. The
 * server's database is shared by the test run, so the records of this test carry a name of their own.
 */
@EnabledIfSystemProperty(named = TestSupport.POSTGRES, matches = ".+:\\d+/.+")
class PostgresSalesTest extends OnServerDatabase {

	private static final String LOGO = "iVBORw0KGgoAAAANSUhEUgAAADwAAAAYCAIAAAApowkFAAAARUlEQVR42u3WoQ0AIBAEQTpB0A8FUgAd4vGP"
			+ "JycmObli1Odbn6vs7FGW1jRoaOgAdD7xbaChoRPQ7jQ0NLTfAxoa+mNzAUT9ynqoeCUCAAAAAElFTkSuQmCC";

	@Test
	void processesLetterheadAndExpensesWorkOnPostgres() throws Exception {
		assertTrue(database.info().product().startsWith("PostgreSQL"), database.info().product());
		String run = "pg" + Long.toString(System.nanoTime(), 36);
		Customer buyer = TestSupport.service(CustomerService.class).create(CustomerInput.person("Hafiz", "Rahman",
				"Sinar " + run, run + "@sinar.my", null));

		SalesProcesses processes = TestSupport.service(SalesProcesses.class);
		SalesProcess copy = processes.copy("org.rapport.sales.standard", "Key Accounts " + run);
		List<SalesStage> stages = new ArrayList<>(copy.stages());
		stages.add(2, new SalesStage(null, "Site survey", 25, SalesStage.Outcome.OPEN, List.of("The site was measured")));
		processes.define(copy.id(), copy.label(), stages);
		Opportunity o = TestSupport.service(Opportunities.class).create(new OpportunityInput(buyer.id(), "Scanners",
				Money.of("40000", "MYR"), LocalDate.now().plusDays(30), copy.id(), "site-survey", null, null));
		assertEquals(25, o.probability());
		assertEquals("site-survey", processes.find(copy.id()).orElseThrow().stages().get(2).id());

		QuoteDocuments documents = TestSupport.service(QuoteDocuments.class);
		byte[] logo = Base64.getDecoder().decode(LOGO);
		documents.letterhead(new Letterhead("Rapport " + run, "Kuala Lumpur", null, null, null, null, logo));
		assertArrayEquals(logo, documents.letterhead().orElseThrow().logo());
		Product part = TestSupport.service(Products.class).save("P-" + run, "Scanner", Money.of("10", "MYR"), true);
		Quote quote = TestSupport.service(Quotes.class).create(new QuoteInput(buyer.id(), null, "MYR",
				LocalDate.now().plusDays(10), List.of(new QuoteInput.Line(part.id(), BigDecimal.ONE, BigDecimal.ZERO))));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		documents.pdf(quote.id(), pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			assertTrue(new PDFTextStripper().getText(document).contains("Rapport " + run));
		}
		documents.letterhead(null);

		Expenses expenses = TestSupport.service(Expenses.class);
		expenses.claim(new ExpenseInput(ExpenseKind.TRAVEL, Money.of("120", "MYR"), LocalDate.now(), buyer.id(), o.id(),
				"Site visit " + run));
		assertEquals(ExpenseStatus.AWAITING_APPROVAL, expenses.ofCustomer(buyer.id(), 5).get(0).status());
	}
}
