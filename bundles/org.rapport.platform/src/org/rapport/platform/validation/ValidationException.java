package org.rapport.platform.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Rejected input, with one error per field at fault. Nothing has been saved when this is thrown. */
public class ValidationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<FieldError> errors;

	public ValidationException(List<FieldError> errors) {
		super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
		this.errors = List.copyOf(errors);
	}

	public ValidationException(String field, String message) {
		this(List.of(new FieldError(field, message)));
	}

	public List<FieldError> errors() {
		return errors;
	}
}
