package org.rapport.contacts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.contacts.ContactTransfer;
import org.rapport.contacts.CustomerQuery;
import org.rapport.contacts.CustomerService;
import org.rapport.contacts.ui.internal.transfer.Transfers;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.ui.testing.Widgets;
import org.rapport.platform.ui.testing.WorkbenchDriver;

/** A user imports a Google Contacts export: sees the preview, imports, is told the outcome. */
class ImportCustomersTest {

	private static final Path GOOGLE = Path.of("..", "org.rapport.contacts.tests", "resources", "import",
			"google-contacts.csv").toAbsolutePath().normalize();

	@TempDir
	Path home;

	@Test
	void aGoogleExportIsPreviewedAndImported() throws Exception {
		WorkbenchDriver.run(home, driver -> {
			assertTrue(driver.waitFor(service(Database.class)::isOpen));
			String[] seen = new String[2];
			Display display = Display.getCurrent();
			display.timerExec(800, () -> {
				Shell preview = Display.getCurrent().getActiveShell();
				// The file is read in the background: Import is enabled once its preview is shown.
				driver.waitFor(() -> Widgets.all(preview, Button.class).stream()
						.anyMatch(b -> "Import".equals(b.getText().replace("&", "")) && b.isEnabled()));
				seen[0] = text(preview);
				try {
					driver.screenshot("import-preview.png");
				} catch (java.io.IOException e) {
					throw new IllegalStateException(e);
				}
				display.timerExec(1500, () -> {
					Shell outcome = Display.getCurrent().getActiveShell();
					seen[1] = text(outcome);
					press(outcome, "OK");
				});
				press(preview, "Import");
			});
			assertTrue(Transfers.importFile(driver.shell(), service(ContactTransfer.class), GOOGLE));
			assertTrue(seen[0].contains("Mei Ling Tan") || seen[0].contains("Mei Ling"), seen[0]);
			assertTrue(seen[1].contains("Imported 5, merged 0, skipped 0, rejected 0"), seen[1]);
			assertEquals(5, service(CustomerService.class).search(CustomerQuery.all(50)).size());
		});
	}

	private static String text(Shell shell) {
		StringBuilder all = new StringBuilder();
		Widgets.all(shell, Label.class).forEach(l -> all.append(l.getText()).append('\n'));
		Widgets.all(shell, org.eclipse.swt.widgets.List.class).forEach(l -> all.append(String.join("\n", l.getItems())));
		return all.toString();
	}

	private static void press(Control root, String text) {
		Button button = Widgets.all(root, Button.class).stream().filter(b -> text.equals(b.getText().replace("&", "")))
				.findFirst().orElseThrow(() -> new AssertionError("no button " + text + " in " + text((Shell) root)));
		button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	private static <T> T service(Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(ImportCustomersTest.class).getBundleContext(), type, null);
		tracker.open();
		return tracker.waitForService(20_000);
	}
}
