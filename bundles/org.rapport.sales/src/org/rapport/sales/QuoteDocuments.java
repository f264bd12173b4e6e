package org.rapport.sales;

import java.io.IOException;
import java.io.OutputStream;

/** Quotes as documents to send to the customer. */
public interface QuoteDocuments {

	/**
	 * Writes a quote as a PDF in the user's language: number, dates, customer, each line with quantity, unit
	 * price, discount and total, and the quote's total. Chinese names print when a font with their characters is
	 * installed (Droid Sans Fallback, or the file named by the system property {@code rapport.pdf.font}).
	 *
	 * @throws org.rapport.platform.validation.ValidationException for an unknown quote
	 */
	void pdf(long quoteId, OutputStream out) throws IOException;
}
