package org.rapport.sales.ui.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.rapport.sales.Opportunity;
import org.rapport.sales.PipelineStage;
import org.rapport.sales.SalesStage;

/**
 * The pipeline board: a column per stage with its count, total and weighted total, and a card per opportunity.
 * Cards are dragged to another column (or moved with Ctrl+Left/Right) to change stage; a double-click or Enter
 * opens one.
 */
final class PipelineBoard {

	/** A column: the stage, its sums, and the first cards by close date. */
	record Column(SalesStage stage, PipelineStage sums, List<Opportunity> cards) {
	}

	static final int HEADER = 64;
	static final int CARD = 62;
	static final int GAP = 6;
	private static final int STUCK_DAYS = 30;

	private static final int OPEN_WIDTH = 215;
	private static final int CLOSED_WIDTH = 130;

	private final ScrolledComposite scroller;
	private final Canvas canvas;
	private final Font bold;
	private List<Column> columns = List.of();
	private Map<Long, String> customers = Map.of();
	private Opportunity selected;
	private Opportunity pressed;
	private Point pressedAt;
	private Point dragAt;
	private BiConsumer<Opportunity, SalesStage> onMove = (o, s) -> {
	};
	private Consumer<Opportunity> onOpen = o -> {
	};

	PipelineBoard(Composite parent) {
		// Narrow windows scroll sideways rather than squeeze the cards unreadable.
		scroller = new ScrolledComposite(parent, SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		scroller.setContent(canvas);
		canvas.setData(PipelineBoard.class.getName(), this);
		FontData data = parent.getFont().getFontData()[0];
		bold = new Font(parent.getDisplay(), data.getName(), data.getHeight(), SWT.BOLD);
		canvas.addDisposeListener(e -> bold.dispose());
		canvas.addListener(SWT.Paint, e -> paint(e.gc));
		canvas.addListener(SWT.Resize, e -> canvas.redraw());
		canvas.addListener(SWT.MouseDown, this::press);
		canvas.addListener(SWT.MouseMove, this::drag);
		canvas.addListener(SWT.MouseUp, this::drop);
		canvas.addListener(SWT.MouseDoubleClick, e -> {
			Opportunity card = cardAt(e.x, e.y);
			if (card != null) {
				onOpen.accept(card);
			}
		});
		canvas.addListener(SWT.MouseHover, e -> {
			Opportunity card = cardAt(e.x, e.y);
			canvas.setToolTipText(card == null ? null : tip(card));
		});
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_RETURN);
	}

	Canvas control() {
		return canvas;
	}

	/** What the part lays out. */
	Control outer() {
		return scroller;
	}

	void show(List<Column> shown, Map<Long, String> customerNames) {
		columns = List.copyOf(shown);
		customers = Map.copyOf(customerNames);
		scroller.setMinWidth(columns.stream().mapToInt(c -> minWidth(c.stage())).sum());
		if (selected != null) {
			selected = columns.stream().flatMap(c -> c.cards().stream()).filter(o -> o.id() == selected.id()).findFirst()
					.orElse(null);
		}
		canvas.redraw();
	}

	/**
	 * A card the user just moved, as saved: it stands in its new column at once with its new version, so that a next
	 * move (Ctrl+Right pressed again) is made on it rather than on the card as last read. The reload brings the sums.
	 */
	void moved(Opportunity saved) {
		List<Column> now = new java.util.ArrayList<>();
		for (Column c : columns) {
			List<Opportunity> cards = new java.util.ArrayList<>(c.cards());
			cards.removeIf(o -> o.id() == saved.id());
			if (c.stage().id().equals(saved.stageId())) {
				cards.add(saved);
				cards.sort(java.util.Comparator.comparing(Opportunity::closeDate).thenComparingLong(Opportunity::id));
			}
			now.add(new Column(c.stage(), c.sums(), cards));
		}
		columns = now;
		if (selected != null && selected.id() == saved.id()) {
			selected = saved;
		}
		canvas.redraw();
	}

	void onMove(BiConsumer<Opportunity, SalesStage> move) {
		this.onMove = move;
	}

	void onOpen(Consumer<Opportunity> open) {
		this.onOpen = open;
	}

	/** Where a card is drawn (for tests and keyboard focus), or null when it is not shown. */
	Rectangle bounds(long opportunityId) {
		for (int c = 0; c < columns.size(); c++) {
			List<Opportunity> cards = columns.get(c).cards();
			for (int i = 0; i < cards.size(); i++) {
				if (cards.get(i).id() == opportunityId) {
					Rectangle r = card(c, i);
					return r.y + r.height <= canvas.getClientArea().height ? r : null;
				}
			}
		}
		return null;
	}

	/** The area of a column: open stages wider than the closing ones, all stretched to the width shown. */
	Rectangle column(int index) {
		Rectangle area = canvas.getClientArea();
		int min = columns.stream().mapToInt(c -> minWidth(c.stage())).sum();
		int x = 0;
		for (int c = 0; c < index; c++) {
			x += minWidth(columns.get(c).stage()) * Math.max(area.width, min) / Math.max(1, min);
		}
		int width = minWidth(columns.get(index).stage()) * Math.max(area.width, min) / Math.max(1, min);
		return new Rectangle(x, 0, width, area.height);
	}

	private static int minWidth(SalesStage stage) {
		return stage.outcome() == SalesStage.Outcome.OPEN ? OPEN_WIDTH : CLOSED_WIDTH;
	}

	private Rectangle card(int column, int index) {
		Rectangle c = column(column);
		return new Rectangle(c.x + GAP, HEADER + GAP + index * (CARD + GAP), c.width - 2 * GAP, CARD);
	}

	private int columnAt(int x) {
		for (int c = 0; c < columns.size(); c++) {
			Rectangle r = column(c);
			if (x >= r.x && x < r.x + r.width) {
				return c;
			}
		}
		return -1;
	}

	private Opportunity cardAt(int x, int y) {
		int c = columnAt(x);
		if (c < 0 || y < HEADER + GAP) {
			return null;
		}
		int index = (y - HEADER - GAP) / (CARD + GAP);
		List<Opportunity> cards = columns.get(c).cards();
		return index < cards.size() && card(c, index).contains(x, y) ? cards.get(index) : null;
	}

	private void press(Event e) {
		if (e.button != 1) {
			return;
		}
		canvas.setFocus();
		pressed = cardAt(e.x, e.y);
		pressedAt = new Point(e.x, e.y);
		selected = pressed == null ? selected : pressed;
		canvas.redraw();
	}

	private void drag(Event e) {
		if (pressed != null && (dragAt != null || Math.abs(e.x - pressedAt.x) + Math.abs(e.y - pressedAt.y) > 4)) {
			dragAt = new Point(e.x, e.y);
			canvas.redraw();
		}
	}

	private void drop(Event e) {
		Opportunity card = pressed;
		boolean dragged = dragAt != null;
		pressed = null;
		dragAt = null;
		canvas.redraw();
		int target = columnAt(e.x);
		if (card != null && dragged && target >= 0) {
			move(card, columns.get(target).stage());
		}
	}

	private void key(Event e) {
		if (selected == null) {
			return;
		}
		if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
			onOpen.accept(selected);
			return;
		}
		if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == SWT.ARROW_LEFT || e.keyCode == SWT.ARROW_RIGHT)) {
			int from = stageIndex(selected.stageId());
			int to = from + (e.keyCode == SWT.ARROW_LEFT ? -1 : 1);
			if (from >= 0 && to >= 0 && to < columns.size()) {
				move(selected, columns.get(to).stage());
			}
		}
	}

	private void move(Opportunity card, SalesStage stage) {
		if (!stage.id().equals(card.stageId())) {
			onMove.accept(card, stage);
		}
	}

	private int stageIndex(String stageId) {
		for (int c = 0; c < columns.size(); c++) {
			if (columns.get(c).stage().id().equals(stageId)) {
				return c;
			}
		}
		return -1;
	}

	private String tip(Opportunity o) {
		StringBuilder tip = new StringBuilder(o.name()).append('\n').append(customers.getOrDefault(o.customerId(), ""));
		if (!o.nextStep().isEmpty()) {
			tip.append('\n').append(NLS.bind(Messages.Board_nextStep, o.nextStep()));
		}
		if (!o.competitors().isEmpty()) {
			tip.append('\n').append(NLS.bind(Messages.Board_competitors, o.competitors()));
		}
		return tip.toString();
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setBackground(rgb(238, 240, 243));
		gc.fillRectangle(area);
		Instant now = Instant.now();
		int target = dragAt == null ? -1 : columnAt(dragAt.x);
		for (int c = 0; c < columns.size(); c++) {
			paintColumn(gc, c, c == target, now);
		}
		if (dragAt != null && pressed != null) {
			Rectangle r = card(0, 0);
			paintCard(gc, pressed, new Rectangle(dragAt.x - r.width / 2, dragAt.y - CARD / 2, r.width, CARD), now, true);
		}
	}

	private void paintColumn(GC gc, int c, boolean target, Instant now) {
		Column column = columns.get(c);
		Rectangle r = column(c);
		SalesStage stage = column.stage();
		gc.setBackground(stage.outcome() == SalesStage.Outcome.WON ? rgb(222, 242, 225)
				: stage.outcome() == SalesStage.Outcome.LOST ? rgb(246, 226, 226) : rgb(255, 255, 255));
		gc.fillRectangle(r.x + 2, 2, r.width - 4, HEADER - 4);
		gc.setForeground(rgb(30, 30, 30));
		gc.setFont(bold);
		gc.drawText(fit(gc, NLS.bind(Messages.Board_stage, stage.label(), stage.probability()), r.width - 12), r.x + 6, 6, true);
		gc.setFont(canvas.getFont());
		PipelineStage sums = column.sums();
		gc.drawText(fit(gc, NLS.bind(Messages.Board_total, sums.count(), Amounts.whole(sums.total())), r.width - 12),
				r.x + 6, 25, true);
		gc.setForeground(rgb(90, 90, 90));
		gc.drawText(fit(gc, NLS.bind(Messages.Board_weighted, Amounts.whole(sums.weighted())), r.width - 12), r.x + 6,
				43, true);
		if (target) {
			gc.setForeground(rgb(47, 111, 179));
			gc.setLineWidth(2);
			gc.drawRectangle(r.x + 2, 2, r.width - 5, r.height - 5);
			gc.setLineWidth(1);
		}
		List<Opportunity> cards = column.cards();
		int shown = 0;
		for (int i = 0; i < cards.size(); i++) {
			Rectangle box = card(c, i);
			if (box.y + box.height > r.height - 20) {
				break;
			}
			paintCard(gc, cards.get(i), box, now, false);
			shown++;
		}
		if (sums.count() > shown) {
			gc.setForeground(rgb(90, 90, 90));
			gc.drawText(fit(gc, NLS.bind(Messages.Board_more, sums.count() - shown), r.width - 16), r.x + 8,
					HEADER + GAP + shown * (CARD + GAP), true);
		}
	}

	private void paintCard(GC gc, Opportunity o, Rectangle box, Instant now, boolean ghost) {
		gc.setAlpha(ghost ? 200 : 255);
		gc.setBackground(rgb(255, 255, 255));
		gc.fillRoundRectangle(box.x, box.y, box.width, box.height, 6, 6);
		boolean isSelected = selected != null && selected.id() == o.id();
		gc.setForeground(isSelected ? rgb(47, 111, 179) : rgb(200, 204, 210));
		gc.drawRoundRectangle(box.x, box.y, box.width - 1, box.height - 1, 6, 6);
		long days = o.daysInStage(now);
		gc.setBackground(days > STUCK_DAYS ? rgb(230, 126, 34) : rgb(47, 111, 179));
		gc.fillRectangle(box.x, box.y + 3, 3, box.height - 6);
		int w = box.width - 14;
		gc.setForeground(rgb(30, 30, 30));
		gc.setFont(bold);
		gc.drawText(fit(gc, o.name(), w), box.x + 9, box.y + 3, true);
		gc.setFont(canvas.getFont());
		gc.drawText(fit(gc, customers.getOrDefault(o.customerId(), ""), w), box.x + 9, box.y + 21, true);
		gc.setForeground(days > STUCK_DAYS ? rgb(180, 90, 10) : rgb(90, 90, 90));
		String inStage = NLS.bind(Messages.Board_days, days);
		int daysWidth = gc.textExtent(inStage).x;
		gc.drawText(inStage, box.x + box.width - daysWidth - 6, box.y + 39, true);
		gc.setForeground(rgb(90, 90, 90));
		gc.drawText(fit(gc, NLS.bind(Messages.Board_card, Amounts.whole(o.amount()), Amounts.shortDay(o.closeDate())),
				w - daysWidth - 8), box.x + 9, box.y + 39, true);
		gc.setAlpha(255);
	}

	/** The text cut with an ellipsis to fit a width. */
	private static String fit(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		String cut = text;
		while (cut.length() > 1 && gc.textExtent(cut + "\u2026").x > width) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut + "\u2026";
	}

	private Color rgb(int r, int g, int b) {
		return new Color(r, g, b);
	}
}
