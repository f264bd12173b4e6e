package org.rapport.contacts.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.internal.store.CustomerEntity;
import org.rapport.contacts.internal.store.SensitiveColumns;
import org.rapport.platform.security.FieldAccess;
import org.rapport.platform.security.FieldSecurity;

import jakarta.persistence.EntityManager;

/**
 * The customer's sensitive fields (credit limit and tax id, declared in plugin.xml): masked for whoever may not read
 * them, kept as stored for whoever may not change them, and hashed in the audit log.
 */
final class CustomerFieldSecurity {

	static final String RECORD_TYPE = "contacts.customer";
	static final String CREDIT_LIMIT = "credit_limit";
	static final String TAX_ID = "tax_id";

	private final FieldAccess creditLimit;
	private final FieldAccess taxId;

	CustomerFieldSecurity(FieldSecurity fields) {
		java.util.Map<String, FieldAccess> access = fields.access(RECORD_TYPE);
		creditLimit = access.getOrDefault(CREDIT_LIMIT, FieldAccess.EDIT);
		taxId = access.getOrDefault(TAX_ID, FieldAccess.EDIT);
	}

	/** The customer as the reader may see it: hidden fields empty. */
	Customer shown(Customer customer) {
		if (creditLimit != FieldAccess.HIDDEN && taxId != FieldAccess.HIDDEN) {
			return customer;
		}
		CustomerInput in = customer.input();
		return new Customer(customer.id(), customer.version(), customer.name(),
				with(in, creditLimit == FieldAccess.HIDDEN ? null : in.creditLimit(),
						taxId == FieldAccess.HIDDEN ? null : in.taxId()),
				customer.created(), customer.updated(), customer.createdBy());
	}

	/** What may be saved: the stored values (none for a new customer) of what the writer may not change. */
	CustomerInput allowed(CustomerInput in, CustomerInput stored) {
		BigDecimal credit = creditLimit == FieldAccess.EDIT ? in.creditLimit()
				: stored == null ? null : stored.creditLimit();
		String tax = taxId == FieldAccess.EDIT ? in.taxId() : stored == null ? null : stored.taxId();
		return with(in, credit, tax);
	}

	/** Reads the sensitive values the reader may see into the entity (in its transaction). */
	void load(EntityManager em, CustomerEntity e) {
		SensitiveColumns.read(em, e, creditLimit != FieldAccess.HIDDEN, taxId != FieldAccess.HIDDEN);
	}

	/**
	 * Writes the sensitive values the writer may change, after the entity was flushed (its version stepped with the
	 * update time, so a concurrent save of the same customer is still refused).
	 */
	void store(EntityManager em, CustomerEntity e) {
		SensitiveColumns.write(em, e, creditLimit == FieldAccess.EDIT, taxId == FieldAccess.EDIT);
	}

	/** The audit value of a field: sensitive values are kept as a hash, enough to see that and when they changed. */
	static String audited(String field, String value) {
		if (value == null || !(field.equals("creditLimit") || field.equals("taxId"))) {
			return value;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static CustomerInput with(CustomerInput in, BigDecimal creditLimit, String taxId) {
		return new CustomerInput(in.kind(), in.name(), in.givenName(), in.familyName(), in.accountId(), in.company(),
				in.jobTitle(), in.accountRole(), in.industry(), in.companySize(), in.region(), in.city(), in.country(),
				in.source(), in.stage(), in.vipTier(), in.active(), in.owner(), in.channels(), in.tags(), creditLimit,
				in.currency(), in.paymentTerms(), taxId, in.billingAddress());
	}
}
