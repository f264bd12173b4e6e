package org.rapport.sales.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.Database;
import org.rapport.sales.Forecasts;
import org.rapport.sales.LeadInput;
import org.rapport.sales.Leads;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.OpportunityInput;
import org.rapport.sales.SalesPeriod;
import org.rapport.sales.StageChange;
import org.rapport.platform.ui.testing.Widgets;
import org.rapport.platform.ui.testing.WorkbenchDriver;

/**
 * A rep opens the pipeline board, drags a card from Prospecting to Proposal and sees it there with its stage
 * history recorded; the forecast and the lead list show the same records.
 */
class PipelinePartTest {

	private static final String PIPELINE = "org.rapport.sales.ui.partdescriptor.pipeline";
	private static final String FORECAST = "org.rapport.sales.ui.partdescriptor.forecast";
	private static final String LEADS = "org.rapport.sales.ui.partdescriptor.leads";

	@TempDir
	Path home;

	@Test
	void draggingACardToAnotherStageMovesTheOpportunityAndRecordsItsHistory() throws Exception {
		WorkbenchDriver.run(home, driver -> {
			assertTrue(driver.waitFor(WorkbenchDriver.service(Database.class)::isOpen), "the database opens");
			Customer harmoni = WorkbenchDriver.service(CustomerService.class).create(CustomerInput.person("Mei Ling", "Tan",
					"Harmoni Sdn Bhd", "meiling@harmoni.my", null));
			Opportunities opportunities = WorkbenchDriver.service(Opportunities.class);
			LocalDate close = SalesPeriod.quarterOf(LocalDate.now()).to();
			Opportunity deal = opportunities.create(new OpportunityInput(harmoni.id(), "Warehouse CRM",
					Money.of("48000", "MYR"), close, null, "prospecting", null, null));
			opportunities.create(new OpportunityInput(harmoni.id(), "Branch roll-out", Money.of("120000", "MYR"), close,
					null, "negotiation", null, null));
			WorkbenchDriver.service(Leads.class).create(new LeadInput("Nurul Huda", "KL Dental Group", "nurul@kldental.my", null,
					"exhibition", "Kuala Lumpur"));

			driver.openFromNavigator("Sales", "Pipeline");
			assertTrue(driver.waitFor(() -> driver.partControl(PIPELINE) != null), "the board opens");
			Canvas canvas = Widgets.all(driver.partControl(PIPELINE), Canvas.class).stream()
					.filter(c -> c.getData(PipelineBoard.class.getName()) != null).findFirst().orElseThrow();
			PipelineBoard board = (PipelineBoard) canvas.getData(PipelineBoard.class.getName());
			assertTrue(driver.waitFor(() -> board.bounds(deal.id()) != null), "the card is on the board");
			Rectangle card = board.bounds(deal.id());
			assertTrue(board.column(0).contains(card.x, card.y), "in Prospecting");

			Rectangle proposal = board.column(3);
			mouse(canvas, SWT.MouseDown, card.x + card.width / 2, card.y + card.height / 2);
			mouse(canvas, SWT.MouseMove, card.x + card.width / 2 + 30, card.y + card.height / 2 + 10);
			mouse(canvas, SWT.MouseMove, proposal.x + proposal.width / 2, card.y + 40);
			driver.screenshot("pipeline-dragging.png");
			mouse(canvas, SWT.MouseUp, proposal.x + proposal.width / 2, card.y + 40);
			driver.settle();

			Opportunity moved = opportunities.find(deal.id()).orElseThrow();
			assertEquals("proposal", moved.stageId());
			assertEquals(30, moved.probability());
			assertEquals(List.of("prospecting", "proposal"),
					opportunities.history(deal.id()).stream().map(StageChange::stageId).toList());
			assertTrue(driver.waitFor(() -> {
				Rectangle now = board.bounds(deal.id());
				return now != null && proposal.contains(now.x, now.y);
			}), "the card now stands in Proposal");
			driver.screenshot("pipeline-board.png");

			driver.openFromNavigator("Sales", "Forecast");
			assertTrue(driver.waitFor(() -> driver.partControl(FORECAST) != null), "the forecast opens");
			String currency = WorkbenchDriver.service(Forecasts.class).companyCurrency();
			// Weighted by hand: 48,000 x 30% + 120,000 x 80% = 14,400 + 96,000 = 110,400.
			assertTrue(driver.waitFor(() -> labels(driver.partControl(FORECAST)).contains("110,400")),
					labels(driver.partControl(FORECAST)));
			assertTrue(labels(driver.partControl(FORECAST)).contains(currency));
			driver.screenshot("forecast.png");

			driver.openFromNavigator("Sales", "Leads");
			assertTrue(driver.waitFor(() -> driver.partControl(LEADS) != null), "the leads open");
			Table leads = Widgets.all(driver.partControl(LEADS), Table.class).get(0);
			assertTrue(driver.waitFor(() -> leads.getItemCount() == 1));
			assertEquals("Nurul Huda", leads.getItem(0).getText(0));
			driver.screenshot("leads.png");
		});
	}

	private static String labels(Control root) {
		return String.join("\n", Widgets.all(root, Label.class).stream().map(Label::getText).toList());
	}

	private static void mouse(Canvas canvas, int type, int x, int y) {
		Event e = new Event();
		e.button = 1;
		e.x = x;
		e.y = y;
		canvas.notifyListeners(type, e);
	}
}
