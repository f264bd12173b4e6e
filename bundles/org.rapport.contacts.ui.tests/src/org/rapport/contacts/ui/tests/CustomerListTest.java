package org.rapport.contacts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.CustomFields;
import org.rapport.contacts.Customer;
import org.rapport.contacts.FieldType;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.ui.internal.editor.CustomerEditorPart;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.ui.testing.Widgets;
import org.rapport.platform.ui.testing.WorkbenchDriver;

/**
 * A salesperson opens the customer list from the navigator, types pinyin initials, finds 张三, opens him,
 * saves a change, is told what is wrong with a bad email, and keeps the edits when a colleague saved first.
 */
class CustomerListTest {

	private static final String PART = "org.rapport.contacts.ui.partdescriptor.customers";

	@TempDir
	Path home;

	@Test
	void findOpenEditAndSaveACustomerFromTheList() throws Exception {
		WorkbenchDriver.run(home, driver -> {
			Database database = service(Database.class);
			assertTrue(driver.waitFor(database::isOpen), "the database opens");
			CustomerService customers = service(CustomerService.class);
			customers.create(CustomerInput.person("三", "张", "华信贸易有限公司", "zhangsan@qq.com", "+86 138 1234 5678"));
			customers.create(CustomerInput.person("Zoë", "Smith", "Harmoni Sdn Bhd", "zoe@harmoni.my", "012-345 6789"));
			customers.create(CustomerInput.person("Siti Nurhaliza", "binti Tarudin", "Maju Berhad", "siti@maju.my", null));
			customers.create(CustomerInput.person("大文", "陳", "台積科技股份有限公司", "dawen@hinet.net", null));

			CustomFields fields = service(CustomFields.class);
			fields.define(new CustomField("hotel_nights", "Nights stayed", FieldType.NUMBER, java.util.List.of()));

			driver.openFromNavigator("Customers", "Customers");
			assertTrue(driver.waitFor(() -> driver.partControl(PART) != null), "the customer list opens");
			Control list = driver.partControl(PART);
			assertTrue(driver.waitFor(() -> !Widgets.all(list, NatTable.class).isEmpty()), "the list is built");
			NatTable grid = Widgets.all(list, NatTable.class).get(0);
			assertTrue(driver.waitFor(() -> driver.labels(list).contains("4 customer")), driver.labels(list));

			Text filter = Widgets.all(list, Text.class).get(0);
			filter.setText("zs");
			assertTrue(driver.waitFor(() -> driver.labels(list).contains("1 customer")), driver.labels(list));
			driver.settle();
			assertEquals("张三", grid.getDataValueByPosition(0, 1));
			assertEquals("华信贸易有限公司", grid.getDataValueByPosition(1, 1));

			filter.setText("zoe");
			assertTrue(driver.waitFor(() -> "Zoë Smith".equals(grid.getDataValueByPosition(0, 1))));
			filter.setText("zs");
			assertTrue(driver.waitFor(() -> "张三".equals(grid.getDataValueByPosition(0, 1))));

			Path shot = driver.screenshot("customer-list.png");
			assertTrue(Files.size(shot) > 10_000, "screenshot " + shot);

			// Enter opens the selected customer in the editor.
			grid.doCommand(new SelectRowsCommand(grid, 0, 1, false, false));
			Event enter = new Event();
			enter.keyCode = SWT.CR;
			grid.notifyListeners(SWT.KeyDown, enter);
			assertTrue(driver.waitFor(() -> editor(driver) != null), "the customer editor opens");
			MPart part = editor(driver);
			assertTrue(driver.waitFor(() -> ((CustomerEditorPart) part.getObject()).loaded()), "the customer is shown");
			assertEquals("张三", part.getLabel());
			CustomerEditorPart editor = (CustomerEditorPart) part.getObject();
			Control form = (Control) part.getWidget();
			String shown = driver.labels(form);
			assertTrue(shown.contains("3 stays for customer"), "a vendor's section appears in the editor");
			assertTrue(shown.contains("could not be shown"), "a failing section is replaced by a message");
			assertTrue(Widgets.all(form, org.eclipse.swt.widgets.Button.class).stream()
					.anyMatch(b -> "Log Interaction...".equals(b.getText())), "the engagement module's timeline is there");
			Text companyField = field(form, "华信贸易有限公司");

			companyField.setText("华信科技有限公司");
			assertTrue(part.isDirty(), "an edit marks the editor dirty");
			editorSave(driver, part);
			assertFalse(part.isDirty());
			long id = customers.search(CustomerQuery.matching("zs", 5)).get(0).id();
			assertEquals("华信科技有限公司", customers.find(id).orElseThrow().input().company());

			Text nights = besideLabel(form, "Nights stayed");
			nights.setText("twelve");
			editorSave(driver, part);
			assertTrue(editor.messageAt("custom.hotel_nights") != null
					&& editor.messageAt("custom.hotel_nights").contains("twelve"), String.valueOf(editor.messageAt("custom.hotel_nights")));
			nights.setText("12");
			editorSave(driver, part);
			assertEquals("12", fields.values(id).get("hotel_nights"));

			Text emailField = field(form, "zhangsan@qq.com");
			emailField.setText("zhangsan.at.qq.com");
			editorSave(driver, part);
			assertTrue(part.isDirty(), "rejected input stays on screen, unsaved");
			assertTrue(editor.messageAt("email") != null && editor.messageAt("email").contains("zhangsan.at.qq.com"),
					String.valueOf(editor.messageAt("email")));
			driver.screenshot("customer-editor-invalid.png");

			emailField.setText("zhangsan@qq.com");
			Customer meanwhile = customers.find(id).orElseThrow();
			customers.update(id, meanwhile.version(), meanwhile.input());
			org.eclipse.swt.widgets.Display.getCurrent().timerExec(300, () -> closeDialogs(driver));
			editorSave(driver, part);
			assertTrue(editor.problem().contains("someone else"), editor.problem());
			assertTrue(part.isDirty(), "the user keeps the edits after a conflict");
		});
	}

	private static MPart editor(WorkbenchDriver driver) {
		return driver.workbenchService(EPartService.class).getParts().stream()
				.filter(p -> "org.rapport.contacts.ui.partdescriptor.customer".equals(p.getElementId())
						&& p.getWidget() != null)
				.findFirst().orElse(null);
	}

	private static void editorSave(WorkbenchDriver driver, MPart part) {
		driver.workbenchService(EPartService.class).savePart(part, false);
		driver.settle();
	}

	private static Text besideLabel(Control form, String label) {
		org.eclipse.swt.widgets.Label l = Widgets.all(form, org.eclipse.swt.widgets.Label.class).stream()
				.filter(x -> label.equals(x.getText())).findFirst().orElseThrow(() -> new AssertionError("no " + label));
		Control[] siblings = l.getParent().getChildren();
		return (Text) siblings[java.util.Arrays.asList(siblings).indexOf(l) + 1];
	}

	private static Text field(Control form, String value) {
		return Widgets.all(form, Text.class).stream().filter(t -> value.equals(t.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no field shows " + value));
	}

	private static void closeDialogs(WorkbenchDriver driver) {
		for (org.eclipse.swt.widgets.Shell s : org.eclipse.swt.widgets.Display.getCurrent().getShells()) {
			if (s.isVisible() && "Saved by someone else".equals(s.getText())) {
				s.close();
			}
		}
	}

	private static <T> T service(Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(CustomerListTest.class).getBundleContext(), type, null);
		tracker.open();
		return tracker.waitForService(20_000);
	}
}
