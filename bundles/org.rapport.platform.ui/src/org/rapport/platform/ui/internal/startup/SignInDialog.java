package org.rapport.platform.ui.internal.startup;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.platform.ui.internal.Messages;

/**
 * Signing in to the shared server with one's own login: the login is remembered, the password never. When the
 * server says the password is a one-time one, the same dialog asks for a new one, twice. On an encrypted embedded
 * database it asks for the boot password.
 */
public class SignInDialog extends TitleAreaDialog {

	/** What the dialog asks for. */
	public enum Mode {
		SIGN_IN, NEW_PASSWORD, BOOT_PASSWORD
	}

	private final Mode mode;
	private final String server;
	private final String problem;
	private String login;
	private char[] password = new char[0];
	private Text loginText;
	private Text passwordText;
	private Text repeatText;

	/**
	 * @param login   the remembered login (sign-in) or the signed-in one (new password)
	 * @param problem why the last attempt failed, or empty
	 */
	public SignInDialog(Shell parent, Mode mode, String server, String login, String problem) {
		super(parent);
		this.mode = mode;
		this.server = server;
		this.login = login == null ? "" : login;
		this.problem = problem == null ? "" : problem;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.SignIn_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(switch (mode) {
		case SIGN_IN -> NLS.bind(Messages.SignIn_heading, server);
		case NEW_PASSWORD -> Messages.SignIn_newHeading;
		case BOOT_PASSWORD -> Messages.SignIn_bootHeading;
		});
		if (!problem.isEmpty()) {
			setMessage(problem, IMessageProvider.ERROR);
		} else {
			setMessage(switch (mode) {
			case SIGN_IN -> Messages.SignIn_message;
			case NEW_PASSWORD -> Messages.SignIn_newMessage;
			case BOOT_PASSWORD -> NLS.bind(Messages.SignIn_bootMessage, server);
			});
		}
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		if (mode == Mode.SIGN_IN) {
			loginText = field(fields, Messages.SignIn_login, SWT.NONE);
			loginText.setText(login);
			passwordText = field(fields, Messages.SignIn_password, SWT.PASSWORD);
			(login.isEmpty() ? loginText : passwordText).setFocus();
		} else if (mode == Mode.BOOT_PASSWORD) {
			passwordText = field(fields, Messages.SignIn_bootPassword, SWT.PASSWORD);
			passwordText.setFocus();
		} else {
			passwordText = field(fields, Messages.SignIn_newPassword, SWT.PASSWORD);
			repeatText = field(fields, Messages.SignIn_repeat, SWT.PASSWORD);
			passwordText.setFocus();
		}
		return area;
	}

	@Override
	protected void okPressed() {
		if (mode == Mode.SIGN_IN) {
			login = loginText.getText().strip();
			if (login.isEmpty()) {
				setMessage(Messages.SignIn_noLogin, IMessageProvider.ERROR);
				return;
			}
		} else if (repeatText != null && !passwordText.getText().equals(repeatText.getText())) {
			setMessage(Messages.SignIn_differ, IMessageProvider.ERROR);
			return;
		}
		password = passwordText.getText().toCharArray();
		super.okPressed();
	}

	public String login() {
		return login;
	}

	/** The password typed; the caller clears it once used. */
	public char[] password() {
		return Arrays.copyOf(password, password.length);
	}

	private static Text field(Composite parent, String label, int style) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | style);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
		return text;
	}
}
