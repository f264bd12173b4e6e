package org.rapport.sales.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.security.AccessDeniedException;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Letterhead;
import org.rapport.sales.QuoteDocuments;

/** The company's details and logo printed at the head of every quote. */
final class LetterheadDialog extends TitleAreaDialog {

	private static final int LOGO_WIDTH = 160;
	private static final int LOGO_HEIGHT = 64;

	private final QuoteDocuments documents;
	private Text company;
	private Text address;
	private Text phone;
	private Text email;
	private Text website;
	private Text registration;
	private Label preview;
	private byte[] logo;

	LetterheadDialog(Shell parent, QuoteDocuments documents) {
		super(parent);
		this.documents = documents;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Letterhead_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Letterhead_title);
		setMessage(Messages.Letterhead_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		company = field(body, Messages.Letterhead_company, SWT.BORDER);
		address = field(body, Messages.Letterhead_address, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(360, 64).applyTo(address);
		phone = field(body, Messages.Letterhead_phone, SWT.BORDER);
		email = field(body, Messages.Letterhead_email, SWT.BORDER);
		website = field(body, Messages.Letterhead_website, SWT.BORDER);
		registration = field(body, Messages.Letterhead_registration, SWT.BORDER);
		new Label(body, SWT.NONE).setText(Messages.Letterhead_logoLabel);
		Composite logoRow = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(logoRow);
		preview = new Label(logoRow, SWT.BORDER | SWT.CENTER);
		GridDataFactory.fillDefaults().hint(LOGO_WIDTH, LOGO_HEIGHT).applyTo(preview);
		Button choose = new Button(logoRow, SWT.PUSH);
		choose.setText(Messages.Letterhead_chooseLogo);
		choose.addListener(SWT.Selection, e -> chooseLogo());
		Button remove = new Button(logoRow, SWT.PUSH);
		remove.setText(Messages.Letterhead_removeLogo);
		remove.addListener(SWT.Selection, e -> showLogo(null));
		preview.addListener(SWT.Dispose, e -> disposeImage());
		documents.letterhead().ifPresent(l -> {
			company.setText(l.companyName());
			address.setText(value(l.address()));
			phone.setText(value(l.phone()));
			email.setText(value(l.email()));
			website.setText(value(l.website()));
			registration.setText(value(l.registration()));
			showLogo(l.logo());
		});
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLIENT_ID, Messages.Letterhead_none, false);
		super.createButtonsForButtonBar(parent);
	}

	@Override
	protected void buttonPressed(int id) {
		if (id == IDialogConstants.CLIENT_ID) {
			save(null);
		} else {
			super.buttonPressed(id);
		}
	}

	@Override
	protected void okPressed() {
		save(new Letterhead(company.getText(), address.getText(), phone.getText(), email.getText(), website.getText(),
				registration.getText(), logo));
	}

	private void save(Letterhead letterhead) {
		try {
			documents.letterhead(letterhead);
		} catch (ValidationException e) {
			setErrorMessage(OpportunityDialog.text(e).replace('\n', ' '));
			return;
		} catch (DatabaseException e) {
			setErrorMessage(e.getMessage());
			return;
		} catch (AccessDeniedException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		super.okPressed();
	}

	private void chooseLogo() {
		FileDialog files = new FileDialog(getShell(), SWT.OPEN);
		files.setFilterExtensions(new String[] { "*.png;*.jpg;*.jpeg" });
		String chosen = files.open();
		if (chosen == null) {
			return;
		}
		try {
			showLogo(Files.readAllBytes(Path.of(chosen)));
			setErrorMessage(null);
		} catch (IOException | SWTException e) {
			setErrorMessage(Messages.Letterhead_badLogo + " " + chosen);
		}
	}

	/** Shows the logo scaled to the preview; throws SWTException for a file that is no image. */
	private void showLogo(byte[] image) {
		Image shown = null;
		if (image != null) {
			ImageData data = new ImageData(new ByteArrayInputStream(image));
			double scale = Math.min(1.0, Math.min((double) LOGO_WIDTH / data.width, (double) LOGO_HEIGHT / data.height));
			shown = new Image(preview.getDisplay(), data.scaledTo(Math.max(1, (int) (data.width * scale)),
					Math.max(1, (int) (data.height * scale))));
		}
		disposeImage();
		logo = image;
		// A label shows either its text or its image: whichever is set last.
		if (shown == null) {
			preview.setImage(null);
			preview.setText(Messages.Letterhead_noLogo);
		} else {
			preview.setText("");
			preview.setImage(shown);
		}
	}

	private void disposeImage() {
		if (preview.getImage() != null) {
			preview.getImage().dispose();
			preview.setImage(null);
		}
	}

	private static Text field(Composite body, String label, int style) {
		Label l = new Label(body, SWT.NONE);
		l.setText(label);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(l);
		Text field = new Text(body, style);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(field);
		return field;
	}

	private static String value(String text) {
		return text == null ? "" : text;
	}
}
