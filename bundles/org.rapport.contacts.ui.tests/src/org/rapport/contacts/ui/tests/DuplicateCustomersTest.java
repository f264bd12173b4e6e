package org.rapport.contacts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.ui.testing.Widgets;
import org.rapport.platform.ui.testing.WorkbenchDriver;

/**
 * A salesperson enters a customer who exists already, is warned, creates it anyway; later the pair shows in
 * Possible Duplicates and is merged into one.
 */
class DuplicateCustomersTest {

	@TempDir
	Path home;

	@Test
	void aDuplicateIsFlaggedOnEntryListedForReviewAndMerged() throws Exception {
		WorkbenchDriver.run(home, driver -> {
			Database database = service(Database.class);
			assertTrue(driver.waitFor(database::isOpen));
			CustomerService customers = service(CustomerService.class);
			customers.create(CustomerInput.person("Grace", "Teo", "Teo & Sons", "grace@teo.sg", null));
			driver.openFromNavigator("Customers", "Customers");
			assertTrue(driver.waitFor(() -> driver.partControl("org.rapport.contacts.ui.partdescriptor.customers") != null));
			Control list = driver.partControl("org.rapport.contacts.ui.partdescriptor.customers");

			String[] warning = new String[1];
			Display display = Display.getCurrent();
			display.timerExec(800, () -> {
				Shell dialog = dialog(driver);
				List<Text> fields = Widgets.all(dialog, Text.class);
				fields.get(0).setText("Grace");
				fields.get(1).setText("Teo");
				fields.get(3).setText("Grace@Teo.sg");
				display.timerExec(800, () -> {
					Shell question = dialog(driver);
					warning[0] = Widgets.all(question, Label.class).stream().map(Label::getText)
							.reduce("", (a, b) -> a + b);
					press(question, "Yes");
				});
				press(dialog, "Create");
			});
			press(list, "New Customer...");
			assertTrue(warning[0].contains("Grace Teo") && warning[0].contains("grace@teo.sg"), warning[0]);
			assertEquals(2, customers.search(CustomerQuery.matching("grace", 10)).size());
			assertTrue(driver.waitFor(() -> driver.workbenchService(EPartService.class).getParts().stream()
					.anyMatch(p -> "Grace Teo".equals(p.getLabel()) && p.getWidget() != null)), "the new customer opens");

			driver.openFromNavigator("Customers", "Possible Duplicates");
			assertTrue(driver.waitFor(() -> driver.partControl("org.rapport.contacts.ui.partdescriptor.duplicates") != null));
			Control review = driver.partControl("org.rapport.contacts.ui.partdescriptor.duplicates");
			Table pairs = Widgets.all(review, Table.class).get(0);
			assertTrue(driver.waitFor(() -> pairs.getItemCount() == 1), "one pair to review");
			pairs.setSelection(0);
			display.timerExec(800, () -> {
				Shell merge = dialog(driver);
				try {
					driver.screenshot("merge-dialog.png");
				} catch (java.io.IOException e) {
					throw new IllegalStateException(e);
				}
				press(merge, "Merge");
			});
			press(review, "Merge...");
			assertEquals(1, customers.search(CustomerQuery.matching("grace", 10)).size(), "merged into one");
			assertTrue(driver.waitFor(() -> pairs.getItemCount() == 0), "nothing left to review");
			MPart part = driver.find("org.rapport.contacts.ui.partdescriptor.duplicates", MPart.class);
			assertTrue(part != null);
		});
	}

	private static Shell dialog(WorkbenchDriver driver) {
		Shell active = Display.getCurrent().getActiveShell();
		if (active != null && active != driver.shell()) {
			return active;
		}
		for (Shell s : Display.getCurrent().getShells()) {
			if (s != driver.shell() && s.isVisible() && s.getParent() != null) {
				return s;
			}
		}
		throw new AssertionError("no dialog open");
	}

	private static void press(Control root, String text) {
		Button button = Widgets.all(root, Button.class).stream().filter(b -> text.equals(b.getText().replace("&", "")))
				.findFirst().orElseThrow(() -> new AssertionError("no button " + text));
		button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	private static <T> T service(Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(DuplicateCustomersTest.class).getBundleContext(), type, null);
		tracker.open();
		return tracker.waitForService(20_000);
	}
}
