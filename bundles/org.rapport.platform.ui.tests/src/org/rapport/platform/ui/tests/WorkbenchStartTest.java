package org.rapport.platform.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseSettings;
import org.rapport.platform.ui.ModuleParts;

/**
 * Starts the real workbench (the product's application model, CSS, fragments and services) under Xvfb, waits
 * for the main window and the database, checks what a user sees, opens a module part from the navigator
 * and saves a screenshot in target/screenshots.
 */
class WorkbenchStartTest {

	@TempDir
	Path home;

	@Test
	void theMainWindowShowsTheModulesTheSignedInUserAndTheDatabase() throws Exception {
		Database database = service(Database.class);
		database.configure(DatabaseSettings.embedded(home));
		Display display = Display.getDefault();
		E4Workbench workbench = new E4Application().createE4Workbench(new TestApplicationContext(), display);
		MApplication application = workbench.getApplication();
		Seen seen = new Seen();
		display.asyncExec(() -> inspect(display, application, workbench, seen));
		workbench.createAndRunUI(application);

		assertEquals("Rapport", seen.title);
		assertEquals(List.of("Core modules"), seen.categories);
		assertEquals(List.of("Administration"), seen.coreModules);
		assertEquals(List.of("Installed Modules", "Database"), seen.adminParts);
		assertTrue(seen.status.contains(System.getProperty("user.name")), seen.status);
		assertTrue(seen.status.contains(home.resolve("db").toString()), seen.status);
		assertTrue(seen.welcome.contains("Connected to " + home.resolve("db")), seen.welcome);
		assertTrue(seen.openedFromNavigator, "double-clicking Installed Modules opens it in the main area");
		assertTrue(Files.size(seen.screenshot) > 10_000, "screenshot " + seen.screenshot);
	}

	/** What the user saw, read on the UI thread. */
	private static final class Seen {
		String title = "";
		List<String> categories = List.of();
		List<String> coreModules = List.of();
		List<String> adminParts = List.of();
		String status = "";
		String welcome = "";
		boolean openedFromNavigator;
		Path screenshot;
	}

	private void inspect(Display display, MApplication application, E4Workbench workbench, Seen seen) {
		try {
			MWindow window = application.getChildren().get(0);
			waitFor(display, () -> window.getWidget() instanceof Shell s && s.isVisible());
			Shell shell = (Shell) window.getWidget();
			EModelService models = application.getContext().get(EModelService.class);
			Tree navigator = Widgets.all((org.eclipse.swt.widgets.Control) ((MPart) models
					.find("org.rapport.platform.ui.part.navigator", application)).getWidget(), Tree.class).get(0);
			MPart welcome = (MPart) models.find("org.rapport.platform.ui.part.welcome", application);
			waitFor(display, () -> texts(Widgets.all(shell, Label.class)).contains("Connected to"));
			seen.title = shell.getText();
			seen.categories = Arrays.stream(navigator.getItems()).map(TreeItem::getText).toList();
			TreeItem core = navigator.getItem(0);
			core.setExpanded(true);
			seen.coreModules = Arrays.stream(core.getItems()).map(TreeItem::getText).toList();
			TreeItem admin = core.getItem(0);
			navigator.setSelection(admin);
			navigator.notifyListeners(SWT.Expand, expandEvent(admin));
			admin.setExpanded(true);
			seen.adminParts = Arrays.stream(admin.getItems()).map(TreeItem::getText).toList();
			seen.welcome = texts(Widgets.all((org.eclipse.swt.widgets.Control) welcome.getWidget(), Label.class));
			seen.status = texts(Widgets.all(shell, Label.class));

			navigator.setSelection(admin.getItem(0));
			navigator.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
			waitFor(display, () -> models.find("org.rapport.platform.ui.partdescriptor.modules", application) != null);
			MPart modules = (MPart) models.find("org.rapport.platform.ui.partdescriptor.modules", application);
			MPartStack main = (MPartStack) models.find(ModuleParts.MAIN_STACK_ID, application);
			seen.openedFromNavigator = modules != null && main.getChildren().contains(modules)
					&& main.getSelectedElement() == modules;
			waitFor(display, () -> false, 500);
			seen.screenshot = Widgets.screenshot(shell, "workbench.png");
		} catch (Exception e) {
			throw new IllegalStateException(e);
		} finally {
			workbench.close();
		}
	}

	private static org.eclipse.swt.widgets.Event expandEvent(TreeItem item) {
		org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
		event.item = item;
		return event;
	}

	private static String texts(List<Label> labels) {
		StringBuilder all = new StringBuilder();
		labels.forEach(l -> all.append(l.getText()).append('\n'));
		return all.toString();
	}

	/** Runs the event loop until the condition holds (true) or 30 seconds pass (false). */
	private static boolean waitFor(Display display, BooleanSupplier condition) {
		return waitFor(display, condition, 30_000);
	}

	private static boolean waitFor(Display display, BooleanSupplier condition, long millis) {
		long deadline = System.currentTimeMillis() + millis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				return false;
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
		return true;
	}

	private static <T> T service(Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(WorkbenchStartTest.class).getBundleContext(), type, null);
		tracker.open();
		T found = tracker.waitForService(20_000);
		if (found == null) {
			throw new AssertionError("No service " + type.getName());
		}
		return found;
	}
}
