package org.rapport.contacts.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Guesses the character set of a contact file. Customers send us exports from Google and Outlook (UTF-8),
 * Excel on Chinese Windows (GBK or Big5), Excel "Unicode text" (UTF-16) and old Western Excel (windows-1252),
 * and none of them says which it is.
 */
public final class ContactFileEncoding {

	/** How much of a file {@link #detect(Path)} looks at. */
	public static final int SAMPLE_SIZE = 64 * 1024;

	public static final Charset GBK = Charset.forName("GBK");
	public static final Charset BIG5 = Charset.forName("Big5");
	public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	// Very common characters in names and company names; the same list in each script, so that the right
	// reading of the bytes scores higher than the wrong one.
	private static final String SIMPLIFIED = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年司公张王李陈刘杨黄赵";
	private static final String TRADITIONAL = "的一是不了人我在有他這中大來上國個到說們為子和你地出道也時年司公張王李陳劉楊黃趙";

	private ContactFileEncoding() {
	}

	/** Reads the first {@link #SAMPLE_SIZE} bytes of the file and detects their character set. */
	public static Charset detect(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return detect(in.readNBytes(SAMPLE_SIZE));
		}
	}

	/** The character set of a file, from its first bytes (up to 64 KB, possibly cut inside a character). */
	public static Charset detect(byte[] head) {
		if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
			return StandardCharsets.UTF_8;
		}
		if (startsWith(head, 0xFF, 0xFE)) {
			return StandardCharsets.UTF_16LE;
		}
		if (startsWith(head, 0xFE, 0xFF)) {
			return StandardCharsets.UTF_16BE;
		}
		// Zero bytes are valid UTF-8, so UTF-16 without a BOM must be recognised before the UTF-8 test.
		Charset utf16 = utf16ByZeros(head);
		if (utf16 != null) {
			return utf16;
		}
		if (decodes(head, StandardCharsets.UTF_8) != null) {
			return StandardCharsets.UTF_8;
		}
		String gbk = decodes(head, GBK);
		String big5 = decodes(head, BIG5);
		int gbkScore = gbk == null ? -1 : score(gbk, SIMPLIFIED);
		int big5Score = big5 == null ? -1 : score(big5, TRADITIONAL);
		// Without a single common character a valid decoding is likely chance (Western accents pair up as
		// valid GBK), so windows-1252 wins then.
		if (gbkScore > 0 && gbkScore >= big5Score) {
			return GBK;
		}
		if (big5Score > 0) {
			return BIG5;
		}
		return WINDOWS_1252;
	}

	/** Length of the byte order mark the data starts with: 3 for UTF-8, 2 for UTF-16, otherwise 0. */
	public static int bomLength(byte[] head) {
		if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
			return 3;
		}
		return startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF) ? 2 : 0;
	}

	/** The character set a byte order mark stands for, or null when the data has none. */
	static Charset bomCharset(byte[] head) {
		if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
			return StandardCharsets.UTF_8;
		}
		if (startsWith(head, 0xFF, 0xFE)) {
			return StandardCharsets.UTF_16LE;
		}
		return startsWith(head, 0xFE, 0xFF) ? StandardCharsets.UTF_16BE : null;
	}

	private static boolean startsWith(byte[] head, int... bom) {
		if (head.length < bom.length) {
			return false;
		}
		for (int i = 0; i < bom.length; i++) {
			if ((head[i] & 0xFF) != bom[i]) {
				return false;
			}
		}
		return true;
	}

	/** UTF-16 text of mostly ASCII (commas, digits, Latin letters) has a zero in every other byte. */
	private static Charset utf16ByZeros(byte[] head) {
		int pairs = head.length / 2;
		if (pairs < 2) {
			return null;
		}
		int even = 0;
		int odd = 0;
		for (int i = 0; i < pairs * 2; i += 2) {
			even += head[i] == 0 ? 1 : 0;
			odd += head[i + 1] == 0 ? 1 : 0;
		}
		if (odd * 5 > pairs && odd > even * 4) {
			return StandardCharsets.UTF_16LE;
		}
		if (even * 5 > pairs && even > odd * 4) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	/**
	 * The text when the bytes decode without any error; null otherwise. Up to 3 undecoded bytes at the end are
	 * allowed: the sample may have been cut in the middle of a character.
	 */
	private static String decodes(byte[] head, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(head);
		CharBuffer out = CharBuffer.allocate(head.length + 1);
		// endOfInput false: an incomplete last character stays in the buffer instead of being an error.
		CoderResult result = decoder.decode(in, out, false);
		if (result.isError() || in.remaining() > 3) {
			return null;
		}
		out.flip();
		return out.toString();
	}

	private static int score(String text, String common) {
		int score = 0;
		for (int i = 0; i < text.length(); i++) {
			if (common.indexOf(text.charAt(i)) >= 0) {
				score++;
			}
		}
		return score;
	}
}
