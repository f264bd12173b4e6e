package org.rapport.platform.ui.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;
import org.rapport.platform.persistence.ConnectionGuard;
import org.rapport.platform.persistence.Database;
import org.rapport.platform.persistence.DatabaseSettings;

/**
 * Runs the real workbench (the product's application model, CSS, fragments and services) on a database of
 * the test's own, and lets a test act as a user on the UI thread: open parts from the navigator, type, read
 * what is shown, take screenshots. Needs a display (the test command starts Xvfb).
 */
public final class WorkbenchDriver {

	/** What a test does in the running workbench, on the UI thread. */
	public interface Scenario {
		void run(WorkbenchDriver driver) throws Exception;
	}

	private final Display display;
	private final MApplication application;
	private final UiThreadQueries uiThreadQueries;

	private WorkbenchDriver(Display display, MApplication application, UiThreadQueries uiThreadQueries) {
		this.display = display;
		this.application = application;
		this.uiThreadQueries = uiThreadQueries;
	}

	/** Starts the workbench on an embedded database in {@code home}, runs the scenario, closes the workbench. */
	public static void run(Path home, Scenario scenario) throws Exception {
		run(DatabaseSettings.embedded(home), scenario);
	}

	/** Starts the workbench on the given database (a server asks the person to sign in), runs the scenario. */
	public static void run(DatabaseSettings settings, Scenario scenario) throws Exception {
		service(Database.class).configure(settings);
		Display display = Display.getDefault();
		E4Workbench workbench = new E4Application().createE4Workbench(new TestApplicationContext(), display);
		UiThreadQueries queries = new UiThreadQueries(display);
		ServiceRegistration<ConnectionGuard> guard = FrameworkUtil.getBundle(WorkbenchDriver.class).getBundleContext()
				.registerService(ConnectionGuard.class, queries, null);
		WorkbenchDriver driver = new WorkbenchDriver(display, workbench.getApplication(), queries);
		Exception[] failure = new Exception[1];
		Error[] error = new Error[1];
		display.asyncExec(() -> {
			try {
				scenario.run(driver);
			} catch (Exception e) {
				failure[0] = e;
			} catch (Error e) {
				error[0] = e;
			} finally {
				workbench.close();
			}
		});
		try {
			workbench.createAndRunUI(workbench.getApplication());
		} finally {
			guard.unregister();
		}
		if (error[0] != null) {
			throw error[0];
		}
		if (failure[0] != null) {
			throw failure[0];
		}
	}

	public MApplication application() {
		return application;
	}

	/** A workbench service such as EPartService, from the application context. */
	public <T> T workbenchService(Class<T> type) {
		return application.getContext().get(type);
	}

	/** The main window, once shown. */
	public Shell shell() {
		MWindow window = application.getChildren().get(0);
		waitFor(() -> window.getWidget() instanceof Shell s && s.isVisible());
		return (Shell) window.getWidget();
	}

	/** The model element with this id, or null. */
	public <T extends MUIElement> T find(String id, Class<T> type) {
		return type.cast(application.getContext().get(EModelService.class).find(id, application));
	}

	/** The control of an open part. */
	public Control partControl(String id) {
		MPart part = find(id, MPart.class);
		return part == null ? null : (Control) part.getWidget();
	}

	/** Every label text under a control, one a line. */
	public String labels(Control root) {
		StringBuilder all = new StringBuilder();
		Widgets.all(root, Label.class).forEach(l -> all.append(l.getText()).append('\n'));
		return all.toString();
	}

	/**
	 * From now on, notes every database connection asked for on the UI thread (the scenario's own service calls
	 * included, so make them before watching or in {@link #inBackground}).
	 */
	public void watchUiThreadQueries() {
		uiThreadQueries.watch(true);
	}

	/** The code that asked for a connection on the UI thread while watching, one entry per connection. */
	public List<String> uiThreadQueries() {
		return uiThreadQueries.seen();
	}

	/** Runs work off the UI thread (as a part's load would) and waits for it while the workbench keeps running. */
	public <T> T inBackground(java.util.concurrent.Callable<T> work) throws Exception {
		java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(work);
		new Thread(task, "test work").start();
		waitFor(task::isDone, 120_000);
		try {
			return task.get();
		} catch (java.util.concurrent.ExecutionException e) {
			throw e.getCause() instanceof Exception cause ? cause : e;
		}
	}

	/** The ids of every part a module contributed to the navigator. */
	public List<String> moduleParts() {
		return application.getDescriptors().stream()
				.filter(d -> d.getTags().stream().anyMatch(t -> t.startsWith("rapport.module:")))
				.map(MPartDescriptor::getElementId).toList();
	}

	/** Opens a part by its descriptor id in the main stack, as the navigator does. */
	public void openPart(String descriptorId) {
		EPartService parts = workbenchService(EPartService.class);
		MPart part = parts.findPart(descriptorId);
		if (part == null) {
			part = parts.createPart(descriptorId);
			find("org.rapport.platform.ui.partstack.main", MPartStack.class).getChildren().add(part);
		}
		parts.showPart(part, EPartService.PartState.ACTIVATE);
	}

	/** Expands the module in the navigator and double-clicks one of its parts, as a user opens it. */
	public void openFromNavigator(String module, String part) {
		Tree tree = Widgets.all(partControl("org.rapport.platform.ui.part.navigator"), Tree.class).get(0);
		TreeItem item = item(tree, List.of(tree.getItems()), module);
		Event expand = new Event();
		expand.item = item;
		tree.notifyListeners(SWT.Expand, expand);
		item.setExpanded(true);
		tree.setSelection(item(tree, List.of(item.getItems()), part));
		tree.notifyListeners(SWT.DefaultSelection, new Event());
	}

	private TreeItem item(Tree tree, List<TreeItem> level, String text) {
		for (TreeItem candidate : level) {
			if (candidate.getText().equals(text)) {
				return candidate;
			}
			if (candidate.getItemCount() > 0) {
				Event expand = new Event();
				expand.item = candidate;
				tree.notifyListeners(SWT.Expand, expand);
				candidate.setExpanded(true);
				try {
					return item(tree, List.of(candidate.getItems()), text);
				} catch (AssertionError notHere) {
					// look in the next branch
				}
			}
		}
		throw new AssertionError("The navigator shows no " + text);
	}

	/** Runs the event loop until the condition holds (true) or 30 seconds pass (false). */
	public boolean waitFor(BooleanSupplier condition) {
		return waitFor(condition, 30_000);
	}

	public boolean waitFor(BooleanSupplier condition, long millis) {
		long deadline = System.currentTimeMillis() + millis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				return false;
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
		return true;
	}

	/** Lets the workbench paint what it has. */
	public void settle() {
		waitFor(() -> false, 500);
	}

	/** Saves a screenshot of the main window in target/screenshots. */
	public Path screenshot(String name) throws IOException {
		settle();
		return Widgets.screenshot(shell(), name);
	}

	/** A service of the running workbench, waiting up to 20 seconds for it; fails the test without it. */
	public static <T> T service(Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(WorkbenchDriver.class).getBundleContext(), type, null);
		tracker.open();
		T found = tracker.waitForService(20_000);
		if (found == null) {
			throw new AssertionError("No service " + type.getName());
		}
		return found;
	}
}
