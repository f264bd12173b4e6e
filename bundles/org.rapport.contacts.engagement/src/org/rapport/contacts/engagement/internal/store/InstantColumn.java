package org.rapport.contacts.engagement.internal.store;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * An instant in a TIMESTAMP column, written as the SQL reads of the engagement tables write and read it
 * ({@code Timestamp.from}, {@code getTimestamp().toInstant()}). EclipseLink 4 has no mapping of its own for Instant
 * and would otherwise serialise it.
 */
@Converter
public class InstantColumn implements AttributeConverter<Instant, Timestamp> {

	@Override
	public Timestamp convertToDatabaseColumn(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	@Override
	public Instant convertToEntityAttribute(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
