package org.rapport.sales.ui.internal;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.security.AccessDeniedException;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Product;
import org.rapport.sales.Products;

/** A product of the catalogue: code, name, list price, and whether it is still sold. */
final class ProductDialog extends TitleAreaDialog {

	private final Products products;
	private final Product existing;
	private Text code;
	private Text name;
	private Text price;
	private Combo currency;
	private Button active;

	ProductDialog(Shell parent, Products products, Product existing) {
		super(parent);
		this.products = products;
		this.existing = existing;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Product_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Product_title);
		setMessage(Messages.Product_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		code = text(body, Messages.Product_code);
		name = text(body, Messages.Product_name);
		new Label(body, SWT.NONE).setText(Messages.Product_price);
		price = new Text(body, SWT.BORDER | SWT.RIGHT);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(price);
		currency = new Combo(body, SWT.DROP_DOWN);
		currency.setItems("MYR", "SGD", "USD", "CNY", "EUR");
		currency.select(0);
		new Label(body, SWT.NONE);
		active = new Button(body, SWT.CHECK);
		active.setText(Messages.Product_active);
		active.setSelection(true);
		if (existing != null) {
			code.setText(existing.code());
			code.setEditable(false);
			name.setText(existing.name());
			price.setText(existing.listPrice().amount().toPlainString());
			currency.setText(existing.listPrice().currency().getCurrencyCode());
			active.setSelection(existing.active());
		}
		return area;
	}

	@Override
	protected void okPressed() {
		Money money = Amounts.money(price.getText(), currency.getText());
		if (money == null) {
			setErrorMessage(Messages.Opportunity_badAmount);
			return;
		}
		try {
			products.save(code.getText(), name.getText(), money, active.getSelection());
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

	private static Text text(Composite body, String label) {
		new Label(body, SWT.NONE).setText(label);
		Text field = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(field);
		return field;
	}
}
