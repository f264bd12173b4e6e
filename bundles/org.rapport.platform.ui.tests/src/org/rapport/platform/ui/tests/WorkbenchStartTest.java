package org.rapport.platform.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.platform.ui.ModuleParts;
import org.rapport.platform.ui.testing.Widgets;
import org.rapport.platform.ui.testing.WorkbenchDriver;

/**
 * Starts the real workbench under Xvfb, waits for the main window and the database, checks what a user sees,
 * opens a module part from the navigator and saves a screenshot in target/screenshots.
 */
class WorkbenchStartTest {

	@TempDir
	Path home;

	@Test
	void theMainWindowShowsTheModulesTheSignedInUserAndTheDatabase() throws Exception {
		WorkbenchDriver.run(home, driver -> {
			String connected = "Connected to " + home.resolve("db");
			assertTrue(driver.waitFor(() -> driver.labels(driver.shell()).contains(connected)), driver.labels(driver.shell()));
			assertEquals("Rapport", driver.shell().getText());

			Tree navigator = Widgets.all(driver.partControl("org.rapport.platform.ui.part.navigator"), Tree.class).get(0);
			assertEquals(List.of("Core modules"), texts(navigator.getItems()));
			assertTrue(texts(navigator.getItem(0).getItems()).contains("Administration"),
					texts(navigator.getItem(0).getItems()).toString());

			// The status line reads the roles of the database just opened in the background.
			driver.waitFor(() -> driver.labels(driver.shell()).contains("(Administrator)"));
			String status = driver.labels(driver.shell());
			assertTrue(status.contains(System.getProperty("user.name") + " (Administrator)"), status);
			assertTrue(status.contains(home.resolve("db").toString()), status);

			driver.openFromNavigator("Administration", "Installed Modules");
			assertTrue(driver.waitFor(() -> driver.find("org.rapport.platform.ui.partdescriptor.modules", MPart.class) != null));
			MPart modules = driver.find("org.rapport.platform.ui.partdescriptor.modules", MPart.class);
			MPartStack main = driver.find(ModuleParts.MAIN_STACK_ID, MPartStack.class);
			assertTrue(main.getChildren().contains(modules) && main.getSelectedElement() == modules,
					"double-clicking Installed Modules opens it in the main area");
			assertTrue(driver.labels((Control) modules.getWidget()).contains("Platform version"));

			Path shot = driver.screenshot("workbench.png");
			assertTrue(Files.size(shot) > 10_000, "screenshot " + shot);
		});
	}

	private static List<String> texts(TreeItem[] items) {
		return Arrays.stream(items).map(TreeItem::getText).toList();
	}
}
