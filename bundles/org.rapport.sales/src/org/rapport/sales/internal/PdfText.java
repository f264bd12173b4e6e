package org.rapport.sales.internal;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes text with the installed fonts that have its characters: a Latin font and a CJK one are tried in turn
 * for each character (Droid Sans Fallback has no Latin letters, DejaVu no Chinese), Helvetica last; a character
 * none has prints as "?". Fonts are embedded as subsets.
 */
final class PdfText {

	private static final String[] FILES = { System.getProperty("rapport.pdf.font", ""),
			"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
			"C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/msyh.ttf", "/Library/Fonts/Arial Unicode.ttf" };

	/** A font and the characters it has. */
	private record Face(PDFont font, CmapLookup cmap) {
		boolean has(int codePoint) {
			if (cmap != null) {
				return cmap.getGlyphId(codePoint) > 0;
			}
			try {
				font.encode(new String(Character.toChars(codePoint)));
				return true;
			} catch (IOException | IllegalArgumentException e) {
				return false;
			}
		}
	}

	/** A stretch of text in one font. */
	private record Run(Face face, String text) {
	}

	private final List<Face> faces = new ArrayList<>();

	PdfText(PDDocument document) throws IOException {
		for (String path : FILES) {
			File file = new File(path);
			if (!path.isEmpty() && file.isFile()) {
				TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
				faces.add(new Face(PDType0Font.load(document, ttf, true), ttf.getUnicodeCmapLookup()));
			}
		}
		faces.add(new Face(new PDType1Font(Standard14Fonts.FontName.HELVETICA), null));
	}

	void at(PDPageContentStream content, float x, float y, float size, String text) throws IOException {
		content.beginText();
		content.newLineAtOffset(x, y);
		for (Run run : runs(text)) {
			content.setFont(run.face().font(), size);
			content.showText(run.text());
		}
		content.endText();
	}

	/** Writes text so that it ends at x. */
	void endingAt(PDPageContentStream content, float x, float y, float size, String text) throws IOException {
		float width = 0;
		for (Run run : runs(text)) {
			width += run.face().font().getStringWidth(run.text()) / 1000 * size;
		}
		at(content, x - width, y, size, text);
	}

	private List<Run> runs(String text) {
		List<Run> runs = new ArrayList<>();
		Face current = null;
		StringBuilder run = new StringBuilder();
		for (int cp : text.codePoints().toArray()) {
			Face face = faces.stream().filter(f -> f.has(cp)).findFirst().orElse(null);
			String shown = face == null ? "?" : new String(Character.toChars(cp));
			face = face == null ? faces.get(faces.size() - 1) : face;
			if (face != current && run.length() > 0) {
				runs.add(new Run(current, run.toString()));
				run.setLength(0);
			}
			current = face;
			run.append(shown);
		}
		if (run.length() > 0) {
			runs.add(new Run(current, run.toString()));
		}
		return runs;
	}
}
