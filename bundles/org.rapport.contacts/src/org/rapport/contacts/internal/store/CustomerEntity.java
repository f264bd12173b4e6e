package org.rapport.contacts.internal.store;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.rapport.contacts.AccountRole;
import org.rapport.contacts.CustomerKind;
import org.rapport.contacts.LifecycleStage;
import org.rapport.contacts.VipTier;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/**
 * A row of contacts_customer with its channels and tags; times in UTC. Fields are package-visible for the mapper
 * (JPA does not allow public persistent fields); the services use the methods.
 */
@Entity
@Table(name = "contacts_customer")
public class CustomerEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contacts_customer_seq")
	@SequenceGenerator(name = "contacts_customer_seq", sequenceName = "contacts_customer_seq", allocationSize = 50)
	long id;

	@Version
	int version;

	@Enumerated(EnumType.STRING)
	CustomerKind kind;

	@Column(name = "display_name")
	String displayName;
	@Column(name = "given_name")
	String givenName;
	@Column(name = "family_name")
	String familyName;
	@Column(name = "account_id")
	Long accountId;
	String company;
	@Column(name = "job_title")
	String jobTitle;
	@Enumerated(EnumType.STRING)
	@Column(name = "account_role")
	AccountRole accountRole;
	String industry;
	@Column(name = "company_size")
	String companySize;
	String region;
	String city;
	String country;
	String source;
	@Enumerated(EnumType.STRING)
	@Column(name = "lifecycle_stage")
	LifecycleStage stage;
	@Enumerated(EnumType.STRING)
	@Column(name = "vip_tier")
	VipTier vipTier;
	boolean active;
	@Column(name = "owner_login")
	String owner;
	@Column(name = "primary_email")
	String primaryEmail;
	@Column(name = "primary_phone")
	String primaryPhone;
	// Sensitive: read and written by SensitiveColumns, for on the server a person may lack the column's privileges.
	@Transient
	BigDecimal creditLimit;
	String currency;
	@Column(name = "payment_terms")
	String paymentTerms;
	@Transient
	String taxId;
	@Column(name = "billing_address")
	String billingAddress;
	@Column(name = "created_at")
	LocalDateTime created;
	@Column(name = "updated_at")
	LocalDateTime updated;
	@Column(name = "created_by")
	String createdBy;

	@Column(name = "sort_key")
	String sortKey;
	@Column(name = "name_key")
	String nameKey;
	@Column(name = "name2_key")
	String name2Key;
	@Column(name = "pinyin_key")
	String pinyinKey;
	@Column(name = "initials_key")
	String initialsKey;
	@Column(name = "email_key")
	String emailKey;
	@Column(name = "phone_key")
	String phoneKey;
	@Column(name = "phone_intl_key")
	String phoneIntlKey;
	@Column(name = "company_key")
	String companyKey;

	@OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	List<ChannelEntity> channels = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "contacts_customer_tag", joinColumns = @JoinColumn(name = "customer_id"))
	@Column(name = "tag")
	Set<String> tags = new HashSet<>();

	public int version() {
		return version;
	}

	public String displayName() {
		return displayName;
	}

	public String owner() {
		return owner;
	}

	/** Stamps a new row: created and last updated at the same time, by this user. */
	public void markCreated(LocalDateTime at, String by) {
		created = at;
		updated = at;
		createdBy = by;
	}

	public void markUpdated(LocalDateTime at) {
		updated = at;
	}
}
