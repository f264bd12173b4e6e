package org.rapport.sales.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.ui.testing.Widgets;
import org.rapport.platform.ui.testing.WorkbenchDriver;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.SalesStage;

/**
 * An administrator opens Sales > Sales Processes, picks the company's own process and moves a stage down: the
 * process keeps the new order. The contributed process cannot have its stages moved.
 */
class SalesProcessesPartTest {

	private static final String PROCESSES = "org.rapport.sales.ui.partdescriptor.processes";

	@TempDir
	Path home;

	@Test
	void aStageMovedDownInThePartStaysThere() throws Exception {
		WorkbenchDriver.run(home, driver -> {
			assertTrue(driver.waitFor(WorkbenchDriver.service(Database.class)::isOpen), "the database opens");
			SalesProcesses processes = WorkbenchDriver.service(SalesProcesses.class);
			SalesProcess copy = processes.copy("org.rapport.sales.standard", "Enterprise Sales");
			driver.openFromNavigator("Sales", "Sales Processes");
			assertTrue(driver.waitFor(() -> driver.partControl(PROCESSES) != null), "the processes open");
			Control part = driver.partControl(PROCESSES);
			Combo chooser = Widgets.all(part, Combo.class).get(0);
			Table stages = Widgets.all(part, Table.class).get(0);
			assertTrue(driver.waitFor(() -> chooser.getItemCount() == 2), "the contributed process and the copy");
			assertFalse(button(part, Messages.Stage_down).isEnabled(), "a contributed process keeps its stages");

			chooser.select(1);
			chooser.notifyListeners(SWT.Selection, new Event());
			driver.settle();
			assertEquals("Enterprise Sales", chooser.getText());
			assertTrue(button(part, Messages.Stage_down).isEnabled());
			int proposal = copy.stages().indexOf(copy.stage("proposal").orElseThrow());
			assertEquals("Proposal", stages.getItem(proposal).getText(0));
			stages.select(proposal);
			button(part, Messages.Stage_down).notifyListeners(SWT.Selection, new Event());
			driver.settle();

			List<String> order = processes.find(copy.id()).orElseThrow().stages().stream().map(SalesStage::id).toList();
			assertEquals(List.of("prospecting", "qualification", "needs", "decision", "proposal", "negotiation", "won",
					"lost"), order);
			assertEquals("Proposal", stages.getItem(proposal + 1).getText(0), "the table shows the new order");
			driver.screenshot("sales-processes.png");
		});
	}

	private static Button button(Control part, String label) {
		return Widgets.all(part, Button.class).stream().filter(b -> b.getText().equals(label)).findFirst().orElseThrow();
	}
}
