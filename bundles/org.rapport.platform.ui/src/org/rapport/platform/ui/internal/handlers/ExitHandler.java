package org.rapport.platform.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** File &gt; Exit. */
public class ExitHandler {

	@Execute
	void execute(IWorkbench workbench) {
		workbench.close();
	}
}
