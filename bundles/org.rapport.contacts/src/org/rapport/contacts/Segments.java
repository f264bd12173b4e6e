package org.rapport.contacts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Segments of the customer base, for every module: static lists and rule-based segments evaluated in SQL. Members
 * are read page by page through {@link CustomerService#search} with {@link CustomerQuery#segment}. Changes post
 * {@code org/rapport/contacts/segment/<CREATED|UPDATED|DELETED>} with the segment id.
 */
public interface Segments {

	/** Entity name in event topics and the audit log. */
	String ENTITY = "segment";

	/** Every segment, by name. */
	List<Segment> list();

	Optional<Segment> find(long id);

	/** The segment with this name, case ignored. */
	Optional<Segment> named(String name);

	/**
	 * Creates a segment; a null rule makes a static list.
	 *
	 * @throws org.rapport.platform.validation.ValidationException for a missing or used name ({@code name}) or a
	 *                                                             rule naming an unknown field or value ({@code rule})
	 */
	Segment create(String name, SegmentRule rule);

	/**
	 * Renames a segment or changes its rule (a static list stays static).
	 *
	 * @param version the {@link Segment#version()} the change was made on
	 * @throws org.rapport.platform.validation.ValidationException   for a missing or used name or a rule naming an
	 *                                                               unknown field or value; nothing written
	 * @throws org.rapport.platform.persistence.StaleRecordException naming the segment when someone else saved it
	 *                                                               after that version was read; nothing written
	 */
	Segment update(long id, int version, String name, SegmentRule rule);

	/** Deletes a segment (and a static list's memberships); customers stay. */
	void delete(long id);

	/** Customers matching a rule now, counted in SQL; for the live count while a rule is edited. */
	int count(SegmentRule rule);

	/** Members of a segment now. */
	int count(long id);

	/** Adds customers to a static list (those already in it are ignored); returns how many were added. */
	int add(long id, Collection<Long> customerIds);

	/** Takes customers out of a static list; returns how many were removed. */
	int remove(long id, Collection<Long> customerIds);

	/** The fields rules can test, custom fields included. */
	List<SegmentField> fields();

	/**
	 * Reads a rule written as text: conditions {@code field op value} with {@code =, !=, <, <=, >, >=, ~}
	 * (starts with), {@code is empty}, {@code is not empty}; {@code and} binds before {@code or}; parentheses
	 * group; values with spaces in double quotes.
	 *
	 * @throws org.rapport.platform.validation.ValidationException saying where the text is wrong
	 */
	SegmentRule parse(String text);

	/** The rule as {@link #parse} reads it. */
	String format(SegmentRule rule);
}
