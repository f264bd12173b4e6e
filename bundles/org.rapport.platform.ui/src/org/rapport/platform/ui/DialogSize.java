package org.rapport.platform.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** Sizes a dialog whose content arrives after it opens (read in the background). */
public final class DialogSize {

	private DialogSize() {
	}

	/** Grows the dialog to what it now shows, within the screen; it never shrinks under the user's hands. */
	public static void grow(Shell shell) {
		Point now = shell.getSize();
		Point wanted = shell.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
		Rectangle screen = shell.getDisplay().getClientArea();
		shell.setSize(Math.max(now.x, Math.min(wanted.x, screen.width)), Math.max(now.y, Math.min(wanted.y,
				screen.height - 60)));
		shell.layout(true, true);
	}
}
