package org.rapport.contacts.ui.internal.handlers;

import org.eclipse.osgi.util.NLS;

/** The privacy commands' texts. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	public static String Privacy_exportTitle;
	public static String Privacy_chooseFolder;
	public static String Privacy_exportJob;
	public static String Privacy_exported;
	public static String Privacy_eraseTitle;
	public static String Privacy_eraseConfirm;
	public static String Privacy_eraseButton;
	public static String Privacy_eraseJob;
	public static String Privacy_erased;
	public static String Privacy_nothingLeft;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
