package org.rapport.platform.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of a long list that pages in SQL by keyset, as a grid shows them: the list grows as the user
 * scrolls, but only the most recently seen pages stay in memory. For every page reached it keeps the last
 * line, from which that page's successor is fetched again when the user scrolls back to it; so a million-line
 * list scrolled to its end holds one line per page plus a few pages. Not thread-safe: use it from one thread
 * (the UI thread) and fetch elsewhere.
 *
 * @param <T> a list line; it must carry what the next page's keyset query needs
 */
public final class PageWindow<T> {

	private final int pageSize;
	private final int pagesKept;
	private final List<T> lastLines = new ArrayList<>();
	private final Map<Integer, List<T>> loaded;
	private int size;
	private boolean more = true;

	/**
	 * @param pageSize  lines per page, as the query asks for
	 * @param pagesKept pages held at most (the screen and some margin)
	 */
	public PageWindow(int pageSize, int pagesKept) {
		if (pageSize < 1 || pagesKept < 2) {
			throw new IllegalArgumentException("pageSize >= 1 and pagesKept >= 2 expected");
		}
		this.pageSize = pageSize;
		this.pagesKept = pagesKept;
		this.loaded = new LinkedHashMap<>(16, 0.75f, true);
	}

	/** Forgets everything, as for a new filter. */
	public void clear() {
		lastLines.clear();
		loaded.clear();
		size = 0;
		more = true;
	}

	/** Lines reached so far. */
	public int size() {
		return size;
	}

	/** Whether the list may go on after the last line reached. */
	public boolean hasMore() {
		return more;
	}

	/** Pages reached so far; the next page to fetch at the end has this number. */
	public int pages() {
		return lastLines.size();
	}

	public int pageOf(int line) {
		return line / pageSize;
	}

	/** The line, or null when its page is not in memory (fetch it) or it lies beyond the end. */
	public T line(int index) {
		if (index < 0 || index >= size) {
			return null;
		}
		List<T> page = loaded.get(index / pageSize);
		int offset = index % pageSize;
		return page == null || offset >= page.size() ? null : page.get(offset);
	}

	public boolean isLoaded(int page) {
		return loaded.containsKey(page);
	}

	/**
	 * The line a page starts after, to pass to the keyset query; null for the first page.
	 *
	 * @throws IllegalArgumentException for a page after the next one to fetch
	 */
	public T startAfter(int page) {
		if (page < 0 || page > lastLines.size()) {
			throw new IllegalArgumentException("Page " + page + " has not been reached");
		}
		return page == 0 ? null : lastLines.get(page - 1);
	}

	/**
	 * Takes a page the query returned. A page of the next number extends the list (a short one ends it); a page
	 * reached before replaces its lines. The least recently used pages beyond the limit are dropped.
	 */
	public void arrived(int page, List<T> lines) {
		if (page > lastLines.size()) {
			throw new IllegalArgumentException("Page " + page + " arrived before page " + lastLines.size());
		}
		if (page == lastLines.size()) {
			if (lines.isEmpty()) {
				more = false;
				return;
			}
			lastLines.add(lines.get(lines.size() - 1));
			size += lines.size();
			more = lines.size() == pageSize;
		}
		loaded.put(page, List.copyOf(lines));
		var pages = loaded.keySet().iterator();
		while (loaded.size() > pagesKept) {
			pages.next();
			pages.remove();
		}
	}

	/** Pages in memory now. */
	public int pagesInMemory() {
		return loaded.size();
	}
}
