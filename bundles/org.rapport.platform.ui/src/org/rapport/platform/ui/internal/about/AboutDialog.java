package org.rapport.platform.ui.internal.about;

import java.util.Arrays;
import java.util.Comparator;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.rapport.platform.modules.ModuleRegistry;
import org.rapport.platform.ui.internal.Messages;
import org.rapport.platform.ui.Columns;
import org.rapport.platform.ui.internal.parts.ModuleTable;

/** Help &gt; About: the platform version, every installed module and every bundle with version and state. */
public class AboutDialog extends Dialog {

	private final ModuleRegistry registry;

	public AboutDialog(Shell parent, ModuleRegistry registry) {
		super(parent);
		this.registry = registry;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.About_title);
		shell.setSize(900, 560);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label version = new Label(area, SWT.WRAP);
		version.setText(NLS.bind(Messages.About_version, registry.platformVersion(), System.getProperty("java.version")));
		TabFolder tabs = new TabFolder(area, SWT.TOP);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		TabItem modules = new TabItem(tabs, SWT.NONE);
		modules.setText(Messages.About_modules);
		modules.setControl(ModuleTable.create(tabs, registry.modules()).getControl().getParent());
		TabItem bundles = new TabItem(tabs, SWT.NONE);
		bundles.setText(Messages.About_bundles);
		bundles.setControl(bundleTable(tabs));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	private Control bundleTable(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		TableViewer viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Columns.add(viewer, layout, Messages.About_bundle, 50, Bundle.class, Bundle::getSymbolicName);
		Columns.add(viewer, layout, Messages.Modules_version, 30, Bundle.class, b -> b.getVersion().toString());
		Columns.add(viewer, layout, Messages.Modules_state, 20, Bundle.class, AboutDialog::stateName);
		Bundle[] all = FrameworkUtil.getBundle(AboutDialog.class).getBundleContext().getBundles();
		Arrays.sort(all, Comparator.comparing(Bundle::getSymbolicName, Comparator.nullsLast(String::compareTo)));
		viewer.setInput(all);
		return holder;
	}


	static String stateName(Bundle bundle) {
		return switch (bundle.getState()) {
		case Bundle.ACTIVE -> Messages.Bundle_active;
		case Bundle.STARTING -> Messages.Bundle_lazy;
		case Bundle.RESOLVED -> Messages.Bundle_resolved;
		default -> Messages.Bundle_installed;
		};
	}
}
