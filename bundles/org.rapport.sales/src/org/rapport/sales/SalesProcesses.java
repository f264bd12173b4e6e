package org.rapport.sales;

import java.util.List;
import java.util.Optional;

/** The sales processes installed modules contribute (extension point {@code org.rapport.sales.processes}). */
public interface SalesProcesses {

	/** Extension point id. */
	String EXTENSION_POINT = "org.rapport.sales.processes";

	List<SalesProcess> list();

	Optional<SalesProcess> find(String id);

	/** The process new opportunities get unless another is chosen. */
	SalesProcess standard();

	/**
	 * Sets the company's own win probability of a stage, replacing the contributed default for every opportunity
	 * that enters the stage from now on (null returns to the contributed default).
	 *
	 * @throws org.rapport.platform.validation.ValidationException for an unknown process or stage, or a
	 *                                                             percentage outside 0-100
	 */
	void probability(String processId, String stageId, Integer percent);
}
