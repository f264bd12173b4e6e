package org.rapport.sales.internal.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.osgi.util.NLS;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.rapport.platform.audit.AuditLog;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Letterhead;
import org.rapport.sales.internal.Messages;

/** The letterhead in sales_letterhead (one row), checked before it is kept and audited as it is. */
public final class LetterheadStore {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
	private static final int MOST_LOGO_BYTES = 1024 * 1024;

	private final Database database;
	private final AuditLog audit;

	public LetterheadStore(Database database, AuditLog audit) {
		this.database = database;
		this.audit = audit;
	}

	public Optional<Letterhead> read() {
		return database.jdbc().first("SELECT company_name, address, phone, email, website, registration, logo"
				+ " FROM sales_letterhead WHERE id = 1", List.of(), rs -> new Letterhead(rs.getString(1), rs.getString(2),
						rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBytes(7)));
	}

	/** Keeps the letterhead (none when null) in place of the one before. */
	public void write(Letterhead l) {
		if (l != null) {
			check(l);
		}
		database.jdbc().change(c -> {
			String before = Rows.first(c, "SELECT company_name FROM sales_letterhead WHERE id = 1", List.of(),
					rs -> rs.getString(1)).orElse(null);
			Rows.update(c, "DELETE FROM sales_letterhead");
			if (l != null) {
				List<Object> values = new ArrayList<>(List.of(l.companyName().strip()));
				Arrays.stream(new String[] { l.address(), l.phone(), l.email(), l.website(), l.registration() })
						.map(text -> text == null || text.isBlank() ? null : text.strip()).forEach(values::add);
				values.add(l.logo());
				Rows.update(c, "INSERT INTO sales_letterhead (id, company_name, address, phone, email, website,"
						+ " registration, logo) VALUES (1, ?, ?, ?, ?, ?, ?, ?)", values);
			}
			audit.record(c, "sales.letterhead", "company", "*", before, l == null ? null : l.companyName());
		});
	}

	private static void check(Letterhead l) {
		List<FieldError> errors = new ArrayList<>();
		if (l.companyName() == null || l.companyName().isBlank() || l.companyName().strip().length() > 200) {
			errors.add(new FieldError("companyName", Messages.Letterhead_name));
		}
		int[] limits = { 1000, 60, 200, 200, 100 };
		String[] fields = { "address", "phone", "email", "website", "registration" };
		String[] texts = { l.address(), l.phone(), l.email(), l.website(), l.registration() };
		for (int i = 0; i < texts.length; i++) {
			if (texts[i] != null && texts[i].strip().length() > limits[i]) {
				errors.add(new FieldError(fields[i], NLS.bind(Messages.Letterhead_long, limits[i])));
			}
		}
		if (l.email() != null && !l.email().isBlank() && !EMAIL.matcher(l.email().strip()).matches()) {
			errors.add(new FieldError("email", NLS.bind(Messages.Lead_badEmail, l.email())));
		}
		if (l.logo() != null && !isImage(l.logo())) {
			errors.add(new FieldError("logo", Messages.Letterhead_logo));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
	}

	/** A PNG or JPEG of at most 1 MB that PDFBox can place on a page. */
	private static boolean isImage(byte[] logo) {
		boolean png = logo.length > 8 && (logo[0] & 0xff) == 0x89 && logo[1] == 'P' && logo[2] == 'N' && logo[3] == 'G';
		boolean jpeg = logo.length > 3 && (logo[0] & 0xff) == 0xff && (logo[1] & 0xff) == 0xd8;
		if (logo.length > MOST_LOGO_BYTES || !png && !jpeg) {
			return false;
		}
		try (PDDocument trial = new PDDocument()) {
			PDImageXObject image = PDImageXObject.createFromByteArray(trial, logo, "logo");
			return image.getWidth() > 0 && image.getHeight() > 0;
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}
}
