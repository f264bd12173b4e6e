package org.rapport.sales.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.SecurityContext;
import org.rapport.platform.ui.Loader;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Product;
import org.rapport.sales.Products;
import org.rapport.sales.Quote;
import org.rapport.sales.QuoteInput;
import org.rapport.sales.QuoteLine;
import org.rapport.sales.Quotes;

/**
 * A quote's customer, validity and lines (product, quantity, discount); prices come from the customer's price
 * list when saved, and the dialog says up to which discount no approval is needed. The catalogue and the discount
 * limits are read in the background when it opens: products can be added, and the quote saved, once they are there.
 */
final class QuoteDialog extends TitleAreaDialog {

	/** What the dialog reads when it opens: the catalogue, and the highest discount the user may give alone. */
	private record Opened(List<Product> catalogue, BigDecimal limit) {
	}

	private final Quotes quotes;
	private final Products products;
	private final CustomerService customers;
	private final SecurityContext security;
	private final Quote existing;
	private final List<Product> catalogue = new ArrayList<>();
	private final List<QuoteInput.Line> lines = new ArrayList<>();
	private CustomerPicker customer;
	private Combo currency;
	private DateTime validUntil;
	private Combo product;
	private Text quantity;
	private Text discount;
	private Table table;
	private Button add;
	private boolean loaded;

	QuoteDialog(Shell parent, Quote existing, Quotes quotes, Products products, CustomerService customers,
			SecurityContext security) {
		super(parent);
		this.existing = existing;
		this.quotes = quotes;
		this.products = products;
		this.customers = customers;
		this.security = security;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(existing == null ? Messages.Quote_newTitle : existing.number());
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(existing == null ? Messages.Quote_newTitle : existing.number());
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.Opportunity_customer);
		customer = new CustomerPicker(body, customers);
		new Label(body, SWT.NONE).setText(Messages.Quote_currency);
		currency = new Combo(body, SWT.DROP_DOWN);
		currency.setItems("MYR", "SGD", "USD", "CNY", "EUR");
		currency.select(0);
		new Label(body, SWT.NONE);
		new Label(body, SWT.NONE).setText(Messages.Quote_validUntil);
		validUntil = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		GridDataFactory.swtDefaults().span(5, 1).applyTo(validUntil);
		product = new Combo(body, SWT.READ_ONLY);
		product.setEnabled(false);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(product);
		quantity = field(body, Messages.Quote_quantity, "1");
		discount = field(body, Messages.Quote_discount, "0");
		add = new Button(body, SWT.PUSH);
		add.setText(Messages.Quote_addLine);
		add.setEnabled(false);
		table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : new String[] { Messages.Quote_product, Messages.Quote_quantity, Messages.Quote_discount,
				Messages.Quote_unitPrice, Messages.Quote_lineTotal }) {
			new TableColumn(table, SWT.LEFT).setText(title);
		}
		GridDataFactory.fillDefaults().span(5, 1).grab(true, true).hint(620, 180).applyTo(table);
		Button remove = new Button(body, SWT.PUSH);
		remove.setText(Messages.Quote_removeLine);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(remove);
		add.addListener(SWT.Selection, e -> addLine());
		remove.addListener(SWT.Selection, e -> {
			if (table.getSelectionIndex() >= 0) {
				lines.remove(table.getSelectionIndex());
				show(null);
			}
		});
		fill();
		new Loader(body).load(this::read, this::offer, e -> setErrorMessage(e.getMessage()));
		return area;
	}

	/** In the background: touches no widget. */
	private Opened read() {
		Map<Role, BigDecimal> limits = quotes.discountLimits();
		BigDecimal limit = security.currentUser().roles().stream().map(r -> limits.getOrDefault(r, BigDecimal.ZERO))
				.max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
		return new Opened(products.list(), limit);
	}

	/** The catalogue on offer, the user's discount limit, and the lines with their product names. */
	private void offer(Opened opened) {
		setMessage(NLS.bind(Messages.Quote_message, opened.limit().stripTrailingZeros().toPlainString()));
		catalogue.addAll(opened.catalogue());
		catalogue.forEach(p -> product.add(p.code() + "  " + p.name() + "  (" + Amounts.whole(p.listPrice()) + ")"));
		if (!catalogue.isEmpty()) {
			product.select(0);
		}
		product.setEnabled(true);
		add.setEnabled(true);
		if (existing != null) {
			show(existing.lines());
			packColumns();
		}
		loaded = true;
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(true);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setEnabled(loaded);
	}

	private void fill() {
		LocalDate until = existing == null ? LocalDate.now().plusDays(30) : existing.validUntil();
		validUntil.setDate(until.getYear(), until.getMonthValue() - 1, until.getDayOfMonth());
		if (existing != null) {
			customer.choose(existing.customerId());
			currency.setText(existing.total().currency().getCurrencyCode());
			existing.lines().forEach(l -> lines.add(new QuoteInput.Line(l.productId(), l.quantity(), l.discountPercent())));
		}
		packColumns();
	}

	private void packColumns() {
		for (TableColumn column : table.getColumns()) {
			column.pack();
			column.setWidth(Math.max(column.getWidth(), 110));
		}
	}

	private void addLine() {
		if (product.getSelectionIndex() < 0) {
			return;
		}
		try {
			lines.add(new QuoteInput.Line(catalogue.get(product.getSelectionIndex()).id(),
					new BigDecimal(quantity.getText().strip()), new BigDecimal(discount.getText().strip())));
			setErrorMessage(null);
		} catch (NumberFormatException e) {
			setErrorMessage(Messages.Quote_numbers);
			return;
		}
		show(null);
	}

	/** The lines as priced by a saved quote, or as typed (priced when saved). */
	private void show(List<QuoteLine> priced) {
		table.removeAll();
		for (int i = 0; i < lines.size(); i++) {
			QuoteInput.Line line = lines.get(i);
			Product p = catalogue.stream().filter(c -> c.id() == line.productId()).findFirst().orElse(null);
			QuoteLine saved = priced == null ? null : priced.get(i);
			new TableItem(table, SWT.NONE).setText(new String[] { p == null ? "#" + line.productId() : p.name(),
					line.quantity().stripTrailingZeros().toPlainString(),
					line.discountPercent().stripTrailingZeros().toPlainString() + "%",
					saved == null ? "" : Amounts.whole(saved.unitPrice()), saved == null ? "" : Amounts.exact(saved.total()) });
		}
	}

	@Override
	protected void okPressed() {
		if (!loaded) {
			return;
		}
		LocalDate until = LocalDate.of(validUntil.getYear(), validUntil.getMonth() + 1, validUntil.getDay());
		QuoteInput input = new QuoteInput(customer.customerId(), existing == null ? null : existing.opportunityId(),
				currency.getText().strip().toUpperCase(java.util.Locale.ROOT), until, lines);
		try {
			if (existing == null) {
				quotes.create(input);
			} else {
				quotes.update(existing.id(), existing.version(), input);
			}
		} catch (ValidationException e) {
			setErrorMessage(OpportunityDialog.text(e).replace('\n', ' '));
			return;
		} catch (DatabaseException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		super.okPressed();
	}

	private static Text field(Composite body, String label, String value) {
		new Label(body, SWT.NONE).setText(label);
		Text text = new Text(body, SWT.BORDER | SWT.RIGHT);
		text.setText(value);
		GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).applyTo(text);
		return text;
	}
}
