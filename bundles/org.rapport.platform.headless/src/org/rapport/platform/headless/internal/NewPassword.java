package org.rapport.platform.headless.internal;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * A new password typed twice: without echo on a terminal, or (where a command allows it) as two lines of standard
 * input from a script, read through one reader so that the second line is not lost in the first one's buffer.
 */
final class NewPassword {

	/** What was given: the password, or why there is none. */
	record Answer(char[] password, boolean given, boolean matching) {
	}

	private NewPassword() {
	}

	static Answer ask(String prompt, boolean fromInput) throws IOException {
		Console console = System.console();
		char[] first;
		char[] second;
		if (console != null) {
			first = console.readPassword("%s", prompt);
			second = console.readPassword("%s", Messages.Users_repeatPassword);
		} else if (fromInput) {
			BufferedReader in = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
			first = chars(in.readLine());
			second = chars(in.readLine());
		} else {
			return new Answer(null, false, false);
		}
		boolean given = first != null && first.length > 0;
		return new Answer(first, given, given && Arrays.equals(first, second));
	}

	private static char[] chars(String line) {
		return line == null ? null : line.toCharArray();
	}
}
