package org.rapport.sales;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/** Quotes as documents to send to the customer, under the company's letterhead. */
public interface QuoteDocuments {

	/**
	 * Writes a quote as a PDF in the user's language: the letterhead when the company has one, number, dates,
	 * customer, each line with quantity, unit price, discount and total, and the quote's total. Chinese names print
	 * when a font with their characters is installed (Droid Sans Fallback, or the file named by the system property
	 * {@code rapport.pdf.font}).
	 *
	 * @throws org.rapport.platform.validation.ValidationException for an unknown quote
	 */
	void pdf(long quoteId, OutputStream out) throws IOException;

	/** The company's letterhead, if it set one. */
	Optional<Letterhead> letterhead();

	/**
	 * Sets the letterhead of every quote printed from now on; null removes it.
	 *
	 * @throws org.rapport.platform.validation.ValidationException for a missing company name, a field too long, an
	 *                                                             email that is not one, or a logo that is not a PNG
	 *                                                             or JPEG image of at most 1 MB
	 */
	void letterhead(Letterhead letterhead);
}
