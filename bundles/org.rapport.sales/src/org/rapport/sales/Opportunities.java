package org.rapport.sales;

import java.util.List;
import java.util.Optional;

/**
 * Opportunities and their stage history. Changes post {@code org/rapport/sales/opportunity/<ACTION>}; moving to
 * another stage posts {@code STAGE_CHANGED}.
 */
public interface Opportunities {

	String MODULE = "sales";
	String ENTITY = "opportunity";
	String STAGE_CHANGED = "STAGE_CHANGED";

	/**
	 * @throws org.rapport.platform.validation.ValidationException naming each field at fault (a negative amount,
	 *                                                             an unknown customer, process or stage, a close
	 *                                                             date before today), nothing written
	 */
	Opportunity create(OpportunityInput input);

	/** Moves it to another stage of its process, recording when; the probability becomes the stage's default. */
	Opportunity moveTo(long id, String stageId);

	Optional<Opportunity> find(long id);

	/** The stages it went through, first first. */
	List<StageChange> history(long id);
}
