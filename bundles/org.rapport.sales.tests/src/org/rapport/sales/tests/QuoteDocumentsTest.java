package org.rapport.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;
import org.rapport.platform.money.Money;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Letterhead;
import org.rapport.sales.Product;
import org.rapport.sales.Products;
import org.rapport.sales.Quote;
import org.rapport.sales.QuoteDocuments;
import org.rapport.sales.QuoteInput;
import org.rapport.sales.Quotes;

/** A quote printed as PDF reads back with its number, the customer's Chinese name, its lines and total. */
class QuoteDocumentsTest extends WithCustomers {

	@Test
	void aQuoteBecomesAPdfTheCustomerCanRead() throws Exception {
		Customer chen = customers.create(CustomerInput.person("美玲", "陈", "新华贸易", "meiling@xinhua.cn", null));
		Products products = TestSupport.service(Products.class);
		Product seat = products.save("CRM-ENT", "Enterprise licence, per seat", Money.of("1000", "MYR"), true);
		Product days = products.save("TRAIN-DAY", "Training, per day", Money.of("1800", "MYR"), true);
		Quotes quotes = TestSupport.service(Quotes.class);
		Quote quote = quotes.create(new QuoteInput(chen.id(), null, "MYR", LocalDate.now().plusDays(30), List.of(
				new QuoteInput.Line(seat.id(), BigDecimal.TEN, new BigDecimal("8")),
				new QuoteInput.Line(days.id(), new BigDecimal("2"), BigDecimal.ZERO))));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		TestSupport.service(QuoteDocuments.class).pdf(quote.id(), pdf);

		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			assertEquals(1, document.getNumberOfPages());
			String text = new PDFTextStripper().getText(document);
			assertTrue(text.contains(quote.number()), text);
			assertTrue(text.contains("陈美玲") || text.contains("陈 美玲") || text.contains(chen.name()), text);
			assertTrue(text.contains("Enterprise licence, per seat") && text.contains("Training, per day"), text);
			// By hand: 10 x 1,000 less 8% = 9,200.00; 2 x 1,800 = 3,600.00; total 12,800.00.
			assertTrue(text.contains("9,200.00") && text.contains("3,600.00") && text.contains("12,800.00"), text);
		}
		assertThrows(ValidationException.class, () -> TestSupport.service(QuoteDocuments.class).pdf(-1,
				new ByteArrayOutputStream()));
	}

	@Test
	void aLongQuoteContinuesOnTheNextPage() throws Exception {
		Customer buyer = customers.create(CustomerInput.person("Arjun", "Nair", "Nair Trading", null, null));
		Product part = TestSupport.service(Products.class).save("PART", "Spare part", Money.of("10", "MYR"), true);
		List<QuoteInput.Line> lines = new java.util.ArrayList<>();
		for (int i = 0; i < 60; i++) {
			lines.add(new QuoteInput.Line(part.id(), BigDecimal.ONE, BigDecimal.ZERO));
		}
		Quote quote = TestSupport.service(Quotes.class).create(new QuoteInput(buyer.id(), null, "MYR",
				LocalDate.now().plusDays(10), lines));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		TestSupport.service(QuoteDocuments.class).pdf(quote.id(), pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			assertEquals(2, document.getNumberOfPages(), "sixty lines do not fit one page");
			PDFTextStripper second = new PDFTextStripper();
			second.setStartPage(2);
			String text = second.getText(document);
			assertTrue(text.contains("Quantity") && text.contains("600.00"), "the heads again, and the total: " + text);
		}
	}

	@Test
	void theCompanyLetterheadHeadsTheQuoteAndABadOneIsRefusedWithoutLosingTheLastOne() throws Exception {
		QuoteDocuments documents = TestSupport.service(QuoteDocuments.class);
		byte[] logo = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAADwAAAAYCAIAAAApowkFAAAARUlEQVR42u3WoQ0AIBAE"
				+ "QTpB0A8FUgAd4vGPJycmObli1Odbn6vs7FGW1jRoaOgAdD7xbaChoRPQ7jQ0NLTfAxoa+mNzAUT9ynqoeCUCAAAAAElFTkSuQmCC");
		Letterhead ours = new Letterhead("Rapport Demo Sdn Bhd", "Level 5, Menara Rapport\n50450 Kuala Lumpur",
				"+60 3-2181 0000", "sales@rapport.my", null, "SSM 202601012345", logo);
		documents.letterhead(ours);
		ValidationException bad = assertThrows(ValidationException.class, () -> documents.letterhead(
				new Letterhead(" ", null, null, "sales@", null, null, "GIF89a".getBytes(StandardCharsets.US_ASCII))));
		assertEquals(List.of("companyName", "email", "logo"), bad.errors().stream().map(e -> e.field()).toList());
		assertEquals("Rapport Demo Sdn Bhd", documents.letterhead().orElseThrow().companyName(), "the last one kept");

		Customer buyer = customers.create(CustomerInput.person("Arjun", "Nair", "Nair Trading", null, null));
		Product part = TestSupport.service(Products.class).save("PART", "Spare part", Money.of("10", "MYR"), true);
		Quote quote = TestSupport.service(Quotes.class).create(new QuoteInput(buyer.id(), null, "MYR",
				LocalDate.now().plusDays(10), List.of(new QuoteInput.Line(part.id(), BigDecimal.ONE, BigDecimal.ZERO))));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		documents.pdf(quote.id(), pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertTrue(text.indexOf("Rapport Demo Sdn Bhd") < text.indexOf(quote.number()), text);
			assertTrue(text.contains("50450 Kuala Lumpur") && text.contains("SSM 202601012345")
					&& text.contains("sales@rapport.my"), text);
			int images = 0;
			for (COSName name : document.getPage(0).getResources().getXObjectNames()) {
				images += document.getPage(0).getResources().isImageXObject(name) ? 1 : 0;
			}
			assertEquals(1, images, "the logo");
		}
		documents.letterhead(null);
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		documents.pdf(quote.id(), plain);
		try (PDDocument document = Loader.loadPDF(plain.toByteArray())) {
			assertTrue(!new PDFTextStripper().getText(document).contains("Rapport Demo"));
		}
	}
}
