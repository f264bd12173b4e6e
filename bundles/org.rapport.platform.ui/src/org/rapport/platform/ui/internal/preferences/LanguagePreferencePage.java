package org.rapport.platform.ui.internal.preferences;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.rapport.platform.persistence.DatabaseSettings;
import org.rapport.platform.ui.internal.Messages;

/**
 * The language of the workbench: the operating system's, or one of those shipped. Kept as {@code language}
 * in rapport.properties, which the {@code rapport} launcher passes on as {@code -nl} at the next start.
 */
final class LanguagePreferencePage extends PreferencePage {

	/** Locale codes in the order of the choices; empty means the operating system's language. */
	private static final List<String> CODES = List.of("", "en", "zh_CN", "zh_TW", "ms");

	private Combo language;

	LanguagePreferencePage() {
		super(Messages.Preferences_language);
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		new Label(page, SWT.NONE).setText(Messages.Preferences_language);
		language = new Combo(page, SWT.READ_ONLY);
		// Each language is named in itself, so that a user can find theirs whatever is shown now.
		language.setItems(Messages.Preferences_systemLanguage, "English", "\u7b80\u4f53\u4e2d\u6587",
				"\u7e41\u9ad4\u4e2d\u6587", "Bahasa Melayu");
		language.select(Math.max(0, CODES.indexOf(read().getProperty("language", ""))));
		Label note = new Label(page, SWT.WRAP);
		note.setText(Messages.Preferences_languageRestart);
		return page;
	}

	@Override
	public boolean performOk() {
		if (language == null) {
			return true;
		}
		Properties settings = read();
		settings.setProperty("language", CODES.get(language.getSelectionIndex()));
		Path file = DatabaseSettings.defaultHome().resolve(DatabaseSettings.FILE);
		try {
			Files.createDirectories(file.getParent());
			try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				settings.store(out, "Rapport settings");
			}
			return true;
		} catch (IOException e) {
			setErrorMessage(NLS.bind(Messages.Preferences_saveFailed, file, e.getMessage()));
			return false;
		}
	}

	private static Properties read() {
		Properties settings = new Properties();
		Path file = DatabaseSettings.defaultHome().resolve(DatabaseSettings.FILE);
		if (Files.isRegularFile(file)) {
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				settings.load(in);
			} catch (IOException e) {
				// an unreadable file is rewritten with the user's choice
			}
		}
		return settings;
	}
}
