package org.rapport.sales.ui.internal;

import java.math.BigDecimal;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.contacts.VipTier;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.ui.Columns;
import org.rapport.platform.ui.Reload;
import org.rapport.platform.security.AccessDeniedException;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.PriceList;
import org.rapport.sales.Product;
import org.rapport.sales.Products;

import jakarta.annotation.PostConstruct;
import java.util.List;
import org.rapport.platform.ui.Loader;
import org.rapport.sales.SalesTopics;

/** The catalogue: products with their list prices, and the price list of each VIP tier. */
public class ProductsPart {

	private TableViewer catalogue;
	private TableViewer lists;
	private Loader loader;
	private Products products;
	private Button discontinued;

	@PostConstruct
	void create(Composite parent, Products productService, Database database, IEventBroker broker) {
		this.products = productService;
		GridLayoutFactory.fillDefaults().numColumns(5).margins(6, 6).applyTo(parent);
		Button add = new Button(parent, SWT.PUSH);
		add.setText(Messages.Product_new);
		Button edit = new Button(parent, SWT.PUSH);
		edit.setText(Messages.List_open);
		Combo tier = new Combo(parent, SWT.READ_ONLY);
		for (VipTier t : VipTier.values()) {
			tier.add(t.name());
		}
		tier.select(VipTier.GOLD.ordinal());
		Button priceList = new Button(parent, SWT.PUSH);
		priceList.setText(Messages.Product_priceList);
		discontinued = new Button(parent, SWT.CHECK);
		discontinued.setText(Messages.Product_showDiscontinued);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.END, SWT.CENTER).applyTo(discontinued);
		discontinued.addListener(SWT.Selection, e -> reload());
		catalogue = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
		catalogue.getTable().setHeaderVisible(true);
		catalogue.getTable().setLinesVisible(true);
		catalogue.setContentProvider(ArrayContentProvider.getInstance());
		Columns.add(catalogue, Messages.Product_code, 140, Product.class, Product::code);
		Columns.add(catalogue, Messages.Product_name, 320, Product.class, Product::name);
		Columns.add(catalogue, Messages.Product_price, 140, Product.class, p -> Amounts.exact(p.listPrice()));
		Columns.add(catalogue, Messages.Product_sold, 120, Product.class,
				p -> p.active() ? Messages.Product_stillSold : Messages.Product_notSold);
		GridDataFactory.fillDefaults().span(5, 1).grab(true, true).applyTo(catalogue.getControl());
		Label title = new Label(parent, SWT.NONE);
		title.setText(Messages.Product_priceLists);
		GridDataFactory.fillDefaults().span(5, 1).applyTo(title);
		lists = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
		lists.getTable().setHeaderVisible(true);
		lists.setContentProvider(ArrayContentProvider.getInstance());
		Columns.add(lists, Messages.Product_tier, 120, PriceList.class, l -> l.tier().name());
		Columns.add(lists, Messages.Product_name, 240, PriceList.class, PriceList::name);
		Columns.add(lists, Messages.Product_off, 120, PriceList.class,
				l -> l.discountPercent().stripTrailingZeros().toPlainString() + "%");
		GridDataFactory.fillDefaults().span(5, 1).grab(true, false).hint(SWT.DEFAULT, 110).applyTo(lists.getControl());
		add.addListener(SWT.Selection, e -> {
			if (new ProductDialog(parent.getShell(), products, null).open() == Window.OK) {
				reload();
			}
		});
		Runnable open = () -> {
			Object chosen = ((IStructuredSelection) catalogue.getSelection()).getFirstElement();
			if (chosen instanceof Product p && new ProductDialog(parent.getShell(), products, p).open() == Window.OK) {
				reload();
			}
		};
		edit.addListener(SWT.Selection, e -> open.run());
		catalogue.addDoubleClickListener(e -> open.run());
		priceList.addListener(SWT.Selection, e -> {
			VipTier chosen = VipTier.values()[tier.getSelectionIndex()];
			InputDialog percent = new InputDialog(parent.getShell(), Messages.Product_priceList,
					NLS.bind(Messages.Product_percent, chosen.name()), "5", null);
			if (percent.open() != Window.OK) {
				return;
			}
			try {
				products.priceList(new PriceList(chosen.name(), chosen, new BigDecimal(percent.getValue().strip())));
			} catch (NumberFormatException | ValidationException ex) {
				MessageDialog.openError(parent.getShell(), Messages.Product_priceList, Messages.Product_percentBad);
			} catch (AccessDeniedException | DatabaseException ex) {
				MessageDialog.openError(parent.getShell(), Messages.Product_priceList, ex.getMessage());
			}
			reload();
		});
		loader = new Loader(catalogue.getControl());
		Reload.when(broker, catalogue.getControl(), this::reload, SalesTopics.PRODUCTS);
		if (database.isOpen()) {
			reload();
		}
	}

	@Focus
	void focus() {
		catalogue.getControl().setFocus();
	}

	private void reload() {
		boolean withDiscontinued = discontinued.getSelection();
		loader.load(() -> new Shown(products.list(withDiscontinued), products.priceLists()), shown -> {
			catalogue.setInput(shown.catalogue());
			lists.setInput(shown.priceLists());
		});
	}

	private record Shown(List<Product> catalogue, List<PriceList> priceLists) {
	}
}
