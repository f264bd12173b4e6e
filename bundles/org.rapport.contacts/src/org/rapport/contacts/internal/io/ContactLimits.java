package org.rapport.contacts.internal.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.internal.Messages;
import org.rapport.platform.csv.BoundedReader;
import org.rapport.platform.csv.BoundedReader.LimitExceeded;

/**
 * How large a part of a contact file may be: larger than any real address book writes, small enough that a file
 * without line breaks, a runaway quote or a card with a film in it is refused with its line after reading a few
 * megabytes, long before memory runs out. Sizes are in characters.
 */
public final class ContactLimits {

	/** One CSV value (a note of a few pages is a few thousand). */
	public static final int FIELD = 1 << 20;
	/** One CSV record, and one vCard line (a photo some programs write unfolded). */
	public static final int RECORD = 10 << 20;
	/** One vCard, photos included: more than a line, so that a line too long is named as one. */
	public static final int CARD = 20 << 20;

	private static final int MEGABYTE = 1 << 20;

	private ContactLimits() {
	}

	/** The text of a file, without the byte order mark of its character set; bad bytes read as U+FFFD. */
	static Reader open(Path file, Charset charset) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(file));
		try {
			in.mark(4);
			byte[] head = in.readNBytes(3);
			in.reset();
			if (charset.equals(ContactFileEncoding.bomCharset(head))) {
				in.skipNBytes(ContactFileEncoding.bomLength(head));
			}
			return new InputStreamReader(in, charset);
		} catch (IOException e) {
			in.close();
			throw e;
		}
	}

	static BoundedReader csv(Reader text, char delimiter) {
		return BoundedReader.csv(text, delimiter, FIELD, RECORD);
	}

	static BoundedReader vcard(Reader text) {
		return BoundedReader.sections(text, RECORD, "BEGIN:VCARD", "END:VCARD", CARD);
	}

	/** The refusal of a file with a part too large, naming the file and the line (and the card). */
	public static ContactFileRefused refused(Path file, LimitExceeded e) {
		String name = file.getFileName().toString();
		long megabytes = Math.max(1, e.max() / MEGABYTE);
		String message = switch (e.limit()) {
		case FIELD -> NLS.bind(Messages.Import_fieldTooLarge, new Object[] { name, e.line(), megabytes });
		case RECORD -> NLS.bind(Messages.Import_rowTooLarge, new Object[] { name, e.line(), megabytes });
		case LINE -> NLS.bind(Messages.Import_lineTooLarge, new Object[] { name, e.line(), megabytes });
		case SECTION -> NLS.bind(Messages.Import_cardTooLarge,
				new Object[] { name, Math.max(1, e.section()), e.line(), megabytes });
		};
		return new ContactFileRefused(message, e);
	}
}
