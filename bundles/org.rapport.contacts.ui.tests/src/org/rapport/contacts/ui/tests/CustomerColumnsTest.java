package org.rapport.contacts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.CustomFields;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.FieldType;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.ui.testing.Widgets;
import org.rapport.platform.ui.testing.WorkbenchDriver;

/**
 * A sales manager sorts the customer list by company with a click on its header, shows a custom field as a
 * column from the header's menu, filters by that field, and finds the field in the Custom Fields part.
 */
class CustomerColumnsTest {

	private static final String LIST = "org.rapport.contacts.ui.partdescriptor.customers";
	private static final String FIELDS = "org.rapport.contacts.ui.partdescriptor.customFields";
	private static final String SEGMENTS = "org.rapport.contacts.ui.partdescriptor.segments";

	@TempDir
	Path home;

	@Test
	void sortByAHeaderShowACustomFieldAndFilterByIt() throws Exception {
		WorkbenchDriver.run(home, driver -> {
			assertTrue(driver.waitFor(service(Database.class)::isOpen), "the database opens");
			CustomerService customers = service(CustomerService.class);
			CustomFields fields = service(CustomFields.class);
			fields.define(new CustomField("diet", "Diet", FieldType.MULTI_CHOICE, List.of("halal", "vegetarian", "no pork")));
			Customer aminah = customers.create(CustomerInput.person("Aminah", "binti Yusof", "Zenith Berhad", "aminah@zenith.my", null));
			Customer ben = customers.create(CustomerInput.person("Ben", "Ong", "Acme Trading", "ben@acme.sg", null));
			customers.create(CustomerInput.person("Chong", "Wei", null, "chong@wei.my", null));
			fields.setValues(aminah.id(), Map.of("diet", "halal;no pork"));
			fields.setValues(ben.id(), Map.of("diet", "vegetarian"));

			driver.openFromNavigator("Customers", "Customers");
			assertTrue(driver.waitFor(() -> driver.partControl(LIST) != null), "the customer list opens");
			Control list = driver.partControl(LIST);
			assertTrue(driver.waitFor(() -> driver.labels(list).contains("3 customer")), driver.labels(list));
			assertEquals("Aminah binti Yusof", grid(list).getDataValueByPosition(0, 1), "name order first");

			click(grid(list), 1, SWT.MouseUp);
			assertTrue(driver.waitFor(() -> "Ben Ong".equals(grid(list).getDataValueByPosition(0, 1))),
					"sorted by company: Acme first");
			assertEquals("Chong Wei", grid(list).getDataValueByPosition(0, 3), "no company: last");
			assertTrue(String.valueOf(grid(list).getDataValueByPosition(1, 0)).endsWith("\u25B2"),
					"the header marks the order");

			for (String column : List.of("Phone", "Stage", "VIP", "Owner", "Diet")) {
				toggle(grid(list), column);
			}
			assertTrue(driver.waitFor(() -> "vegetarian".equals(grid(list).getDataValueByPosition(4, 1))),
					() -> "the Diet column shows each customer's value: " + grid(list).getDataValueByPosition(4, 0));
			assertEquals("Diet", grid(list).getDataValueByPosition(4, 0));
			assertEquals("halal, no pork", grid(list).getDataValueByPosition(4, 2));

			Widgets.all(list, Text.class).get(0).setText("diet:no pork");
			assertTrue(driver.waitFor(() -> driver.labels(list).contains("1 customer")
					&& "Aminah binti Yusof".equals(grid(list).getDataValueByPosition(0, 1))), driver.labels(list));
			driver.screenshot("customer-list-columns.png");

			driver.openFromNavigator("Customers", "Custom Fields");
			assertTrue(driver.waitFor(() -> driver.partControl(FIELDS) != null), "the custom fields part opens");
			Table table = Widgets.all(driver.partControl(FIELDS), Table.class).get(0);
			assertTrue(driver.waitFor(() -> table.getItemCount() == 1));
			assertEquals("Diet", table.getItem(0).getText(0));
			assertEquals("Several choices", table.getItem(0).getText(2));
			assertEquals("halal, vegetarian, no pork", table.getItem(0).getText(3));
			driver.screenshot("custom-fields.png");

			driver.openFromNavigator("Customers", "Segments");
			assertTrue(driver.waitFor(() -> driver.partControl(SEGMENTS) != null), "the segments part opens");
			Control segments = driver.partControl(SEGMENTS);
			List<Text> texts = Widgets.all(segments, Text.class);
			texts.get(0).setText("Halal diners");
			texts.get(1).setText("custom.diet = halal and stage >= PROSPEKT");
			assertTrue(driver.waitFor(() -> driver.labels(segments).contains("PROSPEKT")), "a wrong value is named: "
					+ driver.labels(segments));
			texts.get(1).setText("custom.diet = halal and stage >= PROSPECT");
			assertTrue(driver.waitFor(() -> driver.labels(segments).contains("1 customers match")), driver.labels(segments));
			Widgets.all(segments, org.eclipse.swt.widgets.Button.class).stream().filter(b -> "Save".equals(b.getText()))
					.findFirst().orElseThrow().notifyListeners(SWT.Selection, new Event());
			assertTrue(driver.waitFor(() -> Widgets.all(segments, Table.class).get(0).getItemCount() == 1));
			driver.screenshot("segments.png");

			driver.openFromNavigator("Customers", "Customers");
			org.eclipse.swt.widgets.Combo views = Widgets.all(list, org.eclipse.swt.widgets.Combo.class).get(0);
			assertTrue(driver.waitFor(() -> List.of(views.getItems()).contains("Segment: Halal diners")),
					"the segment is a saved view of the list");
			views.select(List.of(views.getItems()).indexOf("Segment: Halal diners"));
			views.notifyListeners(SWT.Selection, new Event());
			Widgets.all(list, Text.class).get(0).setText("");
			assertTrue(driver.waitFor(() -> driver.labels(list).contains("1 customer")
					&& "Aminah binti Yusof".equals(grid(list).getDataValueByPosition(0, 1))), driver.labels(list));
		});
	}

	/** The grid shown now (changing the columns builds a new one). */
	private static NatTable grid(Control list) {
		NatTable grid = Widgets.all(list, NatTable.class).stream().filter(g -> !g.isDisposed()).findFirst().orElse(null);
		assertNotNull(grid, "the list shows a grid");
		return grid;
	}

	/** Shows or hides a column from the header's menu. */
	private static void toggle(NatTable grid, String title) {
		click(grid, 1, SWT.MenuDetect);
		MenuItem item = List.of(grid.getMenu().getItems()).stream().filter(i -> title.equals(i.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("the header menu offers " + title));
		item.setSelection(!item.getSelection());
		item.notifyListeners(SWT.Selection, new Event());
	}

	/** A click (or a menu request) on the header of the column at the position. */
	private static void click(NatTable grid, int column, int type) {
		int x = grid.getStartXOfColumnPosition(column) + 10;
		Event e = new Event();
		e.button = 1;
		if (type == SWT.MenuDetect) {
			Point at = grid.toDisplay(x, 5);
			e.x = at.x;
			e.y = at.y;
		} else {
			e.x = x;
			e.y = 5;
		}
		grid.notifyListeners(type, e);
	}

	private static <T> T service(Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(CustomerColumnsTest.class).getBundleContext(), type, null);
		tracker.open();
		return tracker.waitForService(20_000);
	}
}
