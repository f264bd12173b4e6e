package org.rapport.sales.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.osgi.util.NLS;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.Rows;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Letterhead;

/** The letterhead in sales_letterhead (one row), checked before it is kept. */
final class LetterheadStore {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
	private static final int MOST_LOGO_BYTES = 1024 * 1024;

	private final Database database;

	LetterheadStore(Database database) {
		this.database = database;
	}

	Optional<Letterhead> read() {
		return Rows.query(database.dataSource(), "SELECT company_name, address, phone, email, website, registration, logo"
				+ " FROM sales_letterhead WHERE id = 1", List.of(), rs -> new Letterhead(rs.getString(1), rs.getString(2),
						rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBytes(7)))
				.stream().findFirst();
	}

	void write(Letterhead l) {
		if (l != null) {
			check(l);
		}
		try (Connection c = database.dataSource().getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement delete = c.prepareStatement("DELETE FROM sales_letterhead");
					PreparedStatement insert = c.prepareStatement("INSERT INTO sales_letterhead"
							+ " (id, company_name, address, phone, email, website, registration, logo)"
							+ " VALUES (1, ?, ?, ?, ?, ?, ?, ?)")) {
				delete.executeUpdate();
				if (l != null) {
					insert.setString(1, l.companyName().strip());
					String[] texts = { l.address(), l.phone(), l.email(), l.website(), l.registration() };
					for (int i = 0; i < texts.length; i++) {
						insert.setString(i + 2, texts[i] == null || texts[i].isBlank() ? null : texts[i].strip());
					}
					insert.setBytes(7, l.logo());
					insert.executeUpdate();
				}
			}
			c.commit();
		} catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
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
