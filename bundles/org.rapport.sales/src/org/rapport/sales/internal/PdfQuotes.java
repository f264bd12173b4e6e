package org.rapport.sales.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.security.Action;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Letterhead;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Quote;
import org.rapport.sales.QuoteDocuments;
import org.rapport.sales.QuoteLine;
import org.rapport.sales.Quotes;
import org.rapport.sales.internal.store.LetterheadStore;

/** Quotes as A4 PDFs with Apache PDFBox; fonts are embedded (subsets) so Chinese names print anywhere. */
@Component(service = QuoteDocuments.class)
public class PdfQuotes implements QuoteDocuments {

	private static final float MARGIN = 50;
	private static final float[] COLUMNS = { 50, 270, 320, 410, 465 };

	@Reference
	private Quotes quotes;

	@Reference
	private CustomerService customers;

	@Reference
	private Database database;

	@Reference
	private SecurityContext security;

	@Reference
	private AuditLog audit;

	@Override
	public void pdf(long quoteId, OutputStream out) throws IOException {
		Quote quote = quotes.find(quoteId).orElseThrow(() -> new ValidationException("quote",
				NLS.bind(Messages.Quote_notFound, quoteId)));
		String customer = customers.find(quote.customerId()).map(c -> c.name()
				+ (c.input().company() == null || c.input().company().isBlank() ? "" : ", " + c.input().company()))
				.orElse("");
		DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);
		String footer = NLS.bind(Messages.Pdf_footer, quote.total().currency().getCurrencyCode(),
				day.format(quote.validUntil()));
		try (PDDocument document = new PDDocument()) {
			PdfText text = new PdfText(document);
			float top = PDRectangle.A4.getHeight() - MARGIN;
			PDPageContentStream content = page(document);
			try {
				Optional<Letterhead> letterhead = letterhead();
				if (letterhead.isPresent()) {
					top -= PdfLetterhead.draw(document, text, content, letterhead.get(), MARGIN, top);
				}
				text.at(content, MARGIN, top, 20, NLS.bind(Messages.Pdf_title, quote.number()));
				text.at(content, MARGIN, top - 30, 11, NLS.bind(Messages.Pdf_dates, day.format(
						LocalDate.ofInstant(quote.created(), ZoneId.systemDefault())), day.format(quote.validUntil())));
				text.at(content, MARGIN, top - 48, 11, NLS.bind(Messages.Pdf_customer, customer));
				float y = heads(text, content, top - 90);
				for (QuoteLine line : quote.lines()) {
					if (y < MARGIN + 50) {
						// A long quote continues on a new page under the column heads again.
						text.at(content, MARGIN, MARGIN, 9, footer);
						content.close();
						content = page(document);
						y = heads(text, content, PDRectangle.A4.getHeight() - MARGIN);
					}
					column(text, content, 0, y, 10, line.description());
					column(text, content, 1, y, 10, line.quantity().stripTrailingZeros().toPlainString());
					column(text, content, 2, y, 10, amount(line.unitPrice()));
					column(text, content, 3, y, 10, line.discountPercent().stripTrailingZeros().toPlainString() + "%");
					column(text, content, 4, y, 10, amount(line.total()));
					y -= 18;
				}
				content.moveTo(COLUMNS[2], y + 6);
				content.lineTo(PDRectangle.A4.getWidth() - MARGIN, y + 6);
				content.stroke();
				column(text, content, 2, y - 10, 12, Messages.Pdf_total);
				column(text, content, 4, y - 10, 12, quote.total().currency().getCurrencyCode() + " "
						+ amount(quote.total()));
				text.at(content, MARGIN, MARGIN, 9, footer);
			} finally {
				content.close();
			}
			document.save(out);
		}
	}

	@Override
	public Optional<Letterhead> letterhead() {
		security.checkPermitted(Opportunities.MODULE, Action.READ);
		return new LetterheadStore(database, audit).read();
	}

	@Override
	public void letterhead(Letterhead letterhead) {
		security.checkPermitted(Opportunities.MODULE, Action.ADMINISTER);
		new LetterheadStore(database, audit).write(letterhead);
	}

	private static PDPageContentStream page(PDDocument document) throws IOException {
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		return new PDPageContentStream(document, page);
	}

	/** The column heads underlined at y; returns where the first line goes. */
	private static float heads(PdfText text, PDPageContentStream content, float y) throws IOException {
		String[] heads = { Messages.Pdf_product, Messages.Pdf_quantity, Messages.Pdf_unitPrice, Messages.Pdf_discount,
				Messages.Pdf_total };
		for (int i = 0; i < heads.length; i++) {
			column(text, content, i, y, 10, heads[i]);
		}
		content.moveTo(MARGIN, y - 6);
		content.lineTo(PDRectangle.A4.getWidth() - MARGIN, y - 6);
		content.stroke();
		return y - 22;
	}

	/** Text columns: the product left-aligned, the figures right-aligned at their column's end. */
	private static void column(PdfText text, PDPageContentStream content, int column, float y, float size,
			String value) throws IOException {
		if (column == 0) {
			text.at(content, COLUMNS[0], y, size, value);
		} else {
			text.endingAt(content, column + 1 < COLUMNS.length ? COLUMNS[column + 1] - 8
					: PDRectangle.A4.getWidth() - MARGIN, y, size, value);
		}
	}

	private static String amount(Money money) {
		NumberFormat number = NumberFormat.getNumberInstance(Locale.getDefault());
		number.setMinimumFractionDigits(2);
		number.setMaximumFractionDigits(2);
		return number.format(money.amount());
	}
}
