package org.rapport.contacts.internal.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.internal.Messages;
import org.rapport.platform.csv.BoundedReader;

import ezvcard.VCard;
import ezvcard.io.text.VCardReader;

/**
 * Reads vCard 2.1, 3.0 and 4.0 files (Apple Contacts, Google, Outlook, phones) with ez-vcard into import rows, one card
 * at a time, so that a file of any size needs the memory of one card; a card or line larger than
 * {@link ContactLimits} is refused with its number. A row's "line" is the number of the card in the file, which is
 * what a user can find again.
 */
public final class VcardReader implements ContactRows {

	private final Path file;
	private final VCardReader cards;
	private final String region;
	private final boolean strict;
	private final Map<String, CustomField> fields = new LinkedHashMap<>();
	private VCard pending;
	private long number;

	private VcardReader(Path file, Reader text, List<CustomField> fields, String region, boolean strict) {
		this.file = file;
		this.cards = new VCardReader(ContactLimits.vcard(text));
		this.region = region;
		this.strict = strict;
		fields.forEach(f -> this.fields.put(f.key(), f));
	}

	/** Opens a file keeping values not understood, without custom fields. */
	public static VcardReader open(Path file, String region) throws IOException {
		return open(file, List.of(), region, false);
	}

	/**
	 * Opens a file in the character set it is in (UTF-8 usually; UTF-16, GBK, Big5 recognised) and reads its first
	 * card.
	 *
	 * @param fields the custom fields defined, which {@code X-RAPPORT-FIELD-<KEY>} properties fill
	 * @throws IllegalArgumentException when the file holds no vCard, or its first card is too large
	 */
	public static VcardReader open(Path file, List<CustomField> fields, String region, boolean strict)
			throws IOException {
		return read(file, ContactLimits.open(file, ContactFileEncoding.detect(file)), fields, region, strict);
	}

	/**
	 * Reads text that does not come straight from a file (a stream, generated cards); closing the reader closes it.
	 *
	 * @param file the name messages give the text
	 * @see #open(Path, List, String, boolean)
	 */
	public static VcardReader read(Path file, Reader text, List<CustomField> fields, String region, boolean strict)
			throws IOException {
		VcardReader reader = new VcardReader(file, text, fields, region, strict);
		try {
			if (!reader.hasNext()) {
				throw new IllegalArgumentException(NLS.bind(Messages.Vcard_none, file.getFileName()));
			}
			return reader;
		} catch (RuntimeException e) {
			reader.close();
			throw e;
		}
	}

	@Override
	public String numbering() {
		return "card";
	}

	/** @throws ContactFileRefused for a card or line too large to read */
	@Override
	public boolean hasNext() {
		if (pending == null) {
			try {
				pending = cards.readNext();
			} catch (BoundedReader.LimitExceeded e) {
				throw ContactLimits.refused(file, e);
			} catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}
		return pending != null;
	}

	@Override
	public ImportRow next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		number++;
		VCard card = pending;
		pending = null;
		return ImportedCustomer.row(VcardContact.from(card, fields), number, region, strict);
	}

	@Override
	public void close() throws IOException {
		cards.close();
	}
}
