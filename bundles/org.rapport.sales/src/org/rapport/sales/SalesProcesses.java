package org.rapport.sales;

import java.util.List;
import java.util.Optional;

/**
 * The sales processes: those installed modules contribute (extension point {@code org.rapport.sales.processes})
 * and those the company defines itself, usually starting from a copy of a contributed one.
 */
public interface SalesProcesses {

	/** Extension point id. */
	String EXTENSION_POINT = "org.rapport.sales.processes";

	/** Topic posted when a process or a stage setting changes. */
	String CHANGED_TOPIC = "org/rapport/sales/process/CHANGED";

	/** Contributed processes first, then the company's own by name. */
	List<SalesProcess> list();

	Optional<SalesProcess> find(String id);

	/** The process new opportunities get unless another is chosen: the company's choice, else the contributed default. */
	SalesProcess standard();

	/**
	 * Makes a process the one new opportunities get.
	 *
	 * @throws org.rapport.platform.validation.ValidationException for an unknown process
	 */
	void standard(String processId);

	/**
	 * Sets the company's own win probability of a stage, for every opportunity that enters the stage from now on.
	 * For a contributed process, null returns to the contributed default.
	 *
	 * @throws org.rapport.platform.validation.ValidationException for an unknown process or stage, a percentage
	 *                                                             outside 0-100, or null for the company's own process
	 */
	void probability(String processId, String stageId, Integer percent);

	/**
	 * Copies a process, stages, probabilities and signals, as the company's own under a new name.
	 *
	 * @throws org.rapport.platform.validation.ValidationException for an unknown process or a blank name
	 */
	SalesProcess copy(String sourceId, String label);

	/**
	 * Replaces the name and stages of one of the company's own processes. The list's order is the stages' order; a
	 * stage with a blank id is new and gets one made from its name. Open stages come first, then exactly one won
	 * stage (100%) and one lost stage (0%). A stage opportunities are in cannot be left out.
	 *
	 * @throws org.rapport.platform.validation.ValidationException naming the field, such as {@code stages[3].label}
	 */
	SalesProcess define(String processId, String label, List<SalesStage> stages);

	/**
	 * Removes one of the company's own processes that no opportunity follows.
	 *
	 * @throws org.rapport.platform.validation.ValidationException for a contributed process, or one in use
	 */
	void remove(String processId);
}
