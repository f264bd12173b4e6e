package org.rapport.sales.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.rapport.sales.Letterhead;

/** The company's letterhead across the top of a page: name and details on the left, the logo on the right. */
final class PdfLetterhead {

	private static final float LOGO_WIDTH = 140;
	private static final float LOGO_HEIGHT = 56;

	private PdfLetterhead() {
	}

	/** Draws the letterhead from top down; returns the height it took, a rule under it included. */
	static float draw(PDDocument document, PdfText text, PDPageContentStream content, Letterhead l, float left,
			float top) throws IOException {
		float right = PDRectangle.A4.getWidth() - left;
		float logoHeight = 0;
		if (l.logo() != null) {
			PDImageXObject logo = PDImageXObject.createFromByteArray(document, l.logo(), "logo");
			float scale = Math.min(LOGO_WIDTH / logo.getWidth(), LOGO_HEIGHT / logo.getHeight());
			float width = logo.getWidth() * scale;
			logoHeight = logo.getHeight() * scale;
			content.drawImage(logo, right - width, top - logoHeight + 10, width, logoHeight);
		}
		text.at(content, left, top, 14, l.companyName());
		float y = top - 16;
		for (String line : details(l)) {
			text.at(content, left, y, 9, line);
			y -= 12;
		}
		float bottom = Math.min(y + 4, top - logoHeight + 4);
		content.moveTo(left, bottom);
		content.lineTo(right, bottom);
		content.stroke();
		return top - bottom + 24;
	}

	private static List<String> details(Letterhead l) {
		List<String> lines = new ArrayList<>();
		if (l.address() != null) {
			l.address().lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(lines::add);
		}
		String reach = String.join("   ", present(l.phone(), l.email(), l.website()));
		if (!reach.isEmpty()) {
			lines.add(reach);
		}
		if (l.registration() != null) {
			lines.add(l.registration());
		}
		return lines;
	}

	private static List<String> present(String... values) {
		return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
	}
}
