package org.rapport.sales.ui.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.money.Money;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseKind;
import org.rapport.platform.persistence.DatabaseSettings;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.RecordVisibility;
import org.rapport.platform.security.Role;
import org.rapport.platform.security.Sharing;
import org.rapport.platform.security.Team;
import org.rapport.platform.security.User;
import org.rapport.platform.ui.testing.Widgets;
import org.rapport.platform.ui.testing.WorkbenchDriver;
import org.rapport.sales.Opportunities;
import org.rapport.sales.Opportunity;
import org.rapport.sales.OpportunityInput;
import org.rapport.sales.SalesPeriod;

/**
 * On the shared PostgreSQL server a rep and then their manager start the workbench, sign in with the one-time
 * password IT gave them, choose their own in the same dialog, and open the pipeline board: with opportunities kept
 * private, the rep sees only her own card, the manager hers and his team's, and neither sees another team's.
 */
@EnabledIfSystemProperty(named = "rapport.test.postgres", matches = ".+:\\d+/.+")
class SignInOnServerTest {

	private static final String PIPELINE = "org.rapport.sales.ui.partdescriptor.pipeline";

	@TempDir
	Path home;

	private final String run = Long.toString(System.nanoTime(), 36);

	@Test
	void aRepAndHerManagerSignInAndSeeDifferentPipelines() throws Exception {
		DatabaseSettings owner = owner();
		Database database = WorkbenchDriver.service(Database.class);
		database.configure(owner);
		database.open(new NullProgressMonitor());
		Directory directory = WorkbenchDriver.service(Directory.class);
		String ana = "rapport_test_ana_" + run;
		String ben = "rapport_test_ben_" + run;
		String mia = "rapport_test_mia_" + run;
		directory.save(new User(ana, "Ana Lim", "sales", Set.of(Role.SALES_REP)));
		directory.save(new User(ben, "Ben Tan", "sales", Set.of(Role.SALES_REP)));
		directory.save(new User(mia, "Mia Wong", "sales", Set.of(Role.SALES_MANAGER)));
		directory.save(new Team("North " + run, List.of(ana, mia)));
		directory.save(new Team("South " + run, List.of(ben)));
		Map<String, String> oneTime = Map.of(ana, directory.issuePassword(ana), mia, directory.issuePassword(mia));
		Customer buyer = WorkbenchDriver.service(CustomerService.class).create(CustomerInput.person("Farah", "Aziz",
				"Teras " + run, run + "@teras.my", null));
		Opportunities opportunities = WorkbenchDriver.service(Opportunities.class);
		LocalDate close = SalesPeriod.quarterOf(LocalDate.now()).to();
		Opportunity anas = opportunities.create(new OpportunityInput(buyer.id(), "Cold store " + run,
				Money.of("48000", "MYR"), close, null, "prospecting", null, ana));
		Opportunity mias = opportunities.create(new OpportunityInput(buyer.id(), "Fleet tracking " + run,
				Money.of("90000", "MYR"), close, null, "prospecting", null, mia));
		Opportunity bens = opportunities.create(new OpportunityInput(buyer.id(), "Depot scanners " + run,
				Money.of("30000", "MYR"), close, null, "prospecting", null, ben));
		RecordVisibility visibility = WorkbenchDriver.service(RecordVisibility.class);
		visibility.share(Opportunities.RECORD_TYPE, Sharing.PRIVATE);
		try {
			signInAndLook(owner.withLogin(ana, ""), oneTime.get(ana), "ana-" + run, "Ana Lim (Sales representative)",
					anas.id(), board -> {
				assertNotNull(board.bounds(anas.id()), "the rep sees her card");
				assertNull(board.bounds(mias.id()), "not her manager's, the sharing being private");
				assertNull(board.bounds(bens.id()), "nor another team's");
			}, "pipeline-rep-on-server.png");
			signInAndLook(owner.withLogin(mia, ""), oneTime.get(mia), "mia-" + run, "Mia Wong (Sales manager)",
					anas.id(), board -> {
				assertNotNull(board.bounds(anas.id()), "the manager sees his team's cards");
				assertNotNull(board.bounds(mias.id()));
				assertNull(board.bounds(bens.id()), "not another team's");
			}, "pipeline-manager-on-server.png");
		} finally {
			database.configure(owner);
			database.open(new NullProgressMonitor());
			visibility.share(Opportunities.RECORD_TYPE, Sharing.TEAM);
			database.configure(DatabaseSettings.embedded(home.resolve("idle")));
		}
	}

	private interface BoardCheck {
		void check(PipelineBoard board);
	}

	/** Starts the workbench as the login, answers the sign-in and new-password dialogs, checks the board. */
	private void signInAndLook(DatabaseSettings settings, String oneTime, String chosen, String signedIn, long shown,
			BoardCheck check, String shot) throws Exception {
		Database database = WorkbenchDriver.service(Database.class);
		WorkbenchDriver.run(settings, driver -> {
			Display display = driver.shell().getDisplay();
			java.util.concurrent.atomic.AtomicBoolean answering = new java.util.concurrent.atomic.AtomicBoolean(true);
			answer(display, oneTime, chosen, shot.replace(".png", ""), answering);
			assertTrue(driver.waitFor(() -> database.isOpen() && !database.info().passwordChangeRequired(), 30_000),
					"signed in with a password of one's own: " + driver.labels(driver.shell()));
			assertTrue(driver.waitFor(() -> driver.labels(driver.shell()).contains(signedIn)),
					driver.labels(driver.shell()));
			assertTrue(driver.labels(driver.shell()).contains("Welcome to Rapport, " + settings.user()),
					"the welcome names the login the server knows, not the operating-system account");
			driver.openFromNavigator("Sales", "Pipeline");
			assertTrue(driver.waitFor(() -> driver.partControl(PIPELINE) != null), "the board opens");
			Canvas canvas = Widgets.all(driver.partControl(PIPELINE), Canvas.class).stream()
					.filter(c -> c.getData(PipelineBoard.class.getName()) != null).findFirst().orElseThrow();
			PipelineBoard board = (PipelineBoard) canvas.getData(PipelineBoard.class.getName());
			boolean showing = driver.waitFor(() -> board.bounds(shown) != null);
			driver.settle();
			driver.screenshot(shot);
			answering.set(false);
			assertTrue(showing, "the board opens on the person's team and shows its cards");
			check.check(board);
		});
	}

	/**
	 * Answers the dialogs as the person would: the one-time password at sign-in, then the new password twice. Runs
	 * on the UI thread from the dialogs' own event loops.
	 */
	private static void answer(Display display, String oneTime, String chosen, String shots,
			java.util.concurrent.atomic.AtomicBoolean answering) {
		display.timerExec(200, new Runnable() {
			private int answered;
			private int ticks;
			private final java.util.Set<Shell> seen = new java.util.HashSet<>();

			@Override
			public void run() {
				if (!answering.get()) {
					return;
				}
				for (Shell shell : display.getShells()) {
					if (shell.isDisposed() || !shell.isVisible() || !"Sign in to Rapport".equals(shell.getText())) {
						continue;
					}
					// Answered on the next tick, once it has been painted, so that its screenshot shows it.
					if (seen.add(shell)) {
						continue;
					}
					List<Text> texts = Widgets.all(shell, Text.class).stream()
							.filter(t -> (t.getStyle() & SWT.BORDER) != 0).toList();
					if ((texts.get(0).getStyle() & SWT.PASSWORD) == 0) {
						texts.get(1).setText(oneTime);
					} else {
						texts.forEach(t -> t.setText(chosen));
					}
					try {
						Widgets.screenshot(shell, shots + (answered == 0 ? "-sign-in.png" : "-new-password.png"));
					} catch (java.io.IOException e) {
						throw new java.io.UncheckedIOException(e);
					}
					// A third dialog is unexpected: cancelled, so that the test fails instead of waiting forever.
					press(shell, answered < 2 ? "OK" : "Cancel");
					answered++;
				}
				if (++ticks < 300) {
					display.timerExec(200, this);
				}
			}
		});
	}

	private static void press(Shell shell, String label) {
		Button button = Widgets.all(shell, Button.class).stream().filter(b -> b.getText().equals(label)).findFirst()
				.orElseThrow();
		button.notifyListeners(SWT.Selection, new Event());
	}

	private DatabaseSettings owner() {
		String spec = System.getProperty("rapport.test.postgres");
		String host = spec.substring(0, spec.indexOf(':'));
		int port = Integer.parseInt(spec.substring(spec.indexOf(':') + 1, spec.indexOf('/')));
		String name = spec.substring(spec.indexOf('/') + 1);
		return new DatabaseSettings(home, DatabaseKind.POSTGRESQL, host, port, name, name, name);
	}
}
