package org.rapport.platform.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.rapport.platform.modules.ModuleRegistry;
import org.rapport.platform.ui.internal.about.AboutDialog;

/** Help &gt; About Rapport. */
public class AboutHandler {

	@Execute
	void execute(Shell shell, ModuleRegistry registry) {
		new AboutDialog(shell, registry).open();
	}
}
