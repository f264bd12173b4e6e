package org.rapport.sales.ui.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.rapport.sales.PipelineStage;

/**
 * The pipeline as a funnel: one band per open stage, as wide as the opportunities that reached at least that
 * stage (so it narrows as deals advance), with the stage's own count and total beside it.
 */
final class FunnelChart {

	private static final Color[] SHADES = { new Color(47, 111, 179), new Color(64, 128, 191), new Color(83, 145, 201),
			new Color(104, 160, 210), new Color(126, 175, 218), new Color(148, 190, 226), new Color(170, 204, 233) };

	private final Canvas canvas;
	private List<PipelineStage> stages = List.of();

	FunnelChart(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.addListener(SWT.Paint, e -> paint(e.gc));
		canvas.addListener(SWT.Resize, e -> canvas.redraw());
	}

	Canvas control() {
		return canvas;
	}

	/** @param open the open stages, first first */
	void show(List<PipelineStage> open) {
		stages = List.copyOf(open);
		canvas.redraw();
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
		if (stages.isEmpty()) {
			return;
		}
		int[] reached = new int[stages.size() + 1];
		for (int i = stages.size() - 1; i >= 0; i--) {
			reached[i] = reached[i + 1] + stages.get(i).count();
		}
		int most = Math.max(1, reached[0]);
		int band = Math.min(44, (area.height - 10) / stages.size());
		int labelWidth = Math.min(300, area.width / 2);
		int room = area.width - labelWidth - 20;
		int centre = 10 + room / 2;
		for (int i = 0; i < stages.size(); i++) {
			PipelineStage stage = stages.get(i);
			int top = 5 + i * band;
			int width = Math.max(8, room * reached[i] / most);
			int next = Math.max(6, i + 1 < stages.size() ? room * reached[i + 1] / most : width * 3 / 4);
			gc.setBackground(SHADES[Math.min(i, SHADES.length - 1)]);
			gc.fillPolygon(new int[] { centre - width / 2, top, centre + width / 2, top, centre + next / 2,
					top + band - 3, centre - next / 2, top + band - 3 });
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			String text = NLS.bind(Messages.Funnel_band, new Object[] { stage.label(), stage.count(),
					Amounts.whole(stage.total()) });
			Point size = gc.textExtent(text);
			gc.drawText(text, 20 + room, top + (band - size.y) / 2, true);
		}
	}
}
