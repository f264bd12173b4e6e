package org.rapport.sales.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.rapport.contacts.CustomerService;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.OpportunityInput;
import org.rapport.sales.SalesProcess;
import org.rapport.sales.SalesProcesses;
import org.rapport.sales.SalesStage;

/** What an opportunity's input must be before anything is written. */
final class OpportunityChecks {

	/** The process and stage an input names. */
	record Checked(SalesProcess process, SalesStage stage) {
	}

	private final CustomerService customers;
	private final SalesProcesses processes;

	OpportunityChecks(CustomerService customers, SalesProcesses processes) {
		this.customers = customers;
		this.processes = processes;
	}

	/** Every field at fault at once, or the process and stage the input names. */
	Checked check(OpportunityInput in, LocalDate earliestClose, String closeMessage, boolean checkCustomer) {
		List<FieldError> errors = new ArrayList<>();
		if (in.name() == null || in.name().isBlank()) {
			errors.add(new FieldError("name", Messages.Opportunity_noName));
		}
		if (in.amount() == null || in.amount().isNegative()) {
			errors.add(new FieldError("amount", Messages.Opportunity_badAmount));
		}
		if (in.closeDate() == null || in.closeDate().isBefore(earliestClose)) {
			errors.add(new FieldError("closeDate", closeMessage));
		}
		if ((checkCustomer || in.customerId() != 0) && customers.find(in.customerId()).isEmpty()) {
			errors.add(new FieldError("customer", NLS.bind(Messages.Opportunity_noCustomer, in.customerId())));
		}
		SalesProcess process = in.processId() == null ? processes.standard() : processes.find(in.processId()).orElse(null);
		SalesStage stage = null;
		if (process == null) {
			errors.add(new FieldError("process", NLS.bind(Messages.Opportunity_noProcess, in.processId())));
		} else {
			stage = in.stageId() == null ? process.stages().get(0) : process.stage(in.stageId()).orElse(null);
			if (stage == null) {
				errors.add(new FieldError("stage", NLS.bind(Messages.Opportunity_noStage, in.stageId(), process.label())));
			}
		}
		if (stage != null && stage.outcome() == SalesStage.Outcome.LOST
				&& (in.lostReason() == null || in.lostReason().isBlank())) {
			errors.add(new FieldError("lostReason", Messages.Opportunity_lostReason));
		}
		if (in.probability() != null && (in.probability() < 0 || in.probability() > 100)) {
			errors.add(new FieldError("probability", Messages.Opportunity_badProbability));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return new Checked(process, stage);
	}
}
