package org.rapport.platform.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PageWindowTest {

	/** A sorted list of 1,005 numbers paged by keyset: the numbers after a given one. */
	private static List<Integer> after(Integer last, int limit) {
		int from = last == null ? 0 : last + 1;
		return IntStream.range(from, Math.min(1005, from + limit)).boxed().toList();
	}

	private static void scrollToEnd(PageWindow<Integer> window) {
		while (window.hasMore()) {
			int page = window.pages();
			window.arrived(page, after(window.startAfter(page), 10));
		}
	}

	@Test
	void scrollingToTheEndKeepsOnlyTheLastPagesButKnowsEveryLine() {
		PageWindow<Integer> window = new PageWindow<>(10, 3);
		scrollToEnd(window);
		assertEquals(1005, window.size());
		assertFalse(window.hasMore());
		assertEquals(3, window.pagesInMemory());
		assertEquals(1004, window.line(1004));
		assertEquals(990, window.line(990));
		assertNull(window.line(5), "an early page is no longer held");
		assertNull(window.line(1005), "nothing beyond the end");
	}

	@Test
	void aDroppedPageComesBackFromItsPredecessorsLastLine() {
		PageWindow<Integer> window = new PageWindow<>(10, 3);
		scrollToEnd(window);
		int page = window.pageOf(537);
		assertFalse(window.isLoaded(page));
		window.arrived(page, after(window.startAfter(page), 10));
		assertEquals(537, window.line(537));
		assertEquals(1005, window.size(), "going back does not change the length");
		assertEquals(3, window.pagesInMemory());
		assertFalse(window.isLoaded(window.pageOf(985)), "the least recently used page made room");
		assertTrue(window.isLoaded(window.pageOf(995)) && window.isLoaded(window.pageOf(1004)));
	}

	@Test
	void aShortPageEndsTheListAndAnEmptyOneToo() {
		PageWindow<Integer> window = new PageWindow<>(10, 3);
		window.arrived(0, after(null, 10));
		assertTrue(window.hasMore());
		window.arrived(1, List.of());
		assertFalse(window.hasMore());
		assertEquals(10, window.size());
	}

	@Test
	void aPageCannotArriveBeforeItsPredecessor() {
		PageWindow<Integer> window = new PageWindow<>(10, 3);
		assertThrows(IllegalArgumentException.class, () -> window.arrived(2, List.of(1)));
		assertThrows(IllegalArgumentException.class, () -> window.startAfter(1));
	}

	@Test
	void clearStartsOver() {
		PageWindow<Integer> window = new PageWindow<>(10, 3);
		scrollToEnd(window);
		window.clear();
		assertEquals(0, window.size());
		assertTrue(window.hasMore());
		assertNull(window.startAfter(0));
	}
}
