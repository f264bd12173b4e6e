package org.rapport.contacts.ui.internal.editor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;
import org.rapport.contacts.Channel;
import org.rapport.contacts.ChannelType;
import org.rapport.contacts.CustomField;
import org.rapport.contacts.Customer;
import org.rapport.contacts.CustomerInput;
import org.rapport.contacts.CustomerKind;
import org.rapport.contacts.LifecycleStage;
import org.rapport.contacts.VipTier;
import org.rapport.contacts.ui.internal.Labels;
import org.rapport.contacts.ui.internal.Messages;
import org.rapport.platform.security.FieldAccess;
import org.rapport.platform.security.FieldSecurity;
import org.rapport.platform.validation.FieldError;

/**
 * The seven sections of a customer: basic, contact channels, status, account, behaviour, service and
 * extended. Reads a customer into its fields and the fields back into what the service saves.
 */
final class CustomerForm {

	private final FieldSet fields;
	private final Text given;
	private final Text family;
	private final Text company;
	private final Text jobTitle;
	private final Text industry;
	private final Text city;
	private final Text region;
	private final Text country;
	private final Text email;
	private final Text mobile;
	private final Text phone;
	private final Combo stage;
	private final Combo tier;
	private final Button active;
	private final Text owner;
	private final Text creditLimit;
	private final Text currency;
	private final Text paymentTerms;
	private final Text taxId;
	private FieldAccess creditAccess = FieldAccess.EDIT;
	private FieldAccess taxAccess = FieldAccess.EDIT;
	private final Text billingAddress;
	private final Text tags;
	private final java.util.Map<String, org.eclipse.swt.widgets.Control> custom = new java.util.LinkedHashMap<>();
	private Customer loaded;
	/** Which field each channel of the last built input came from, to place channel errors. */
	private final List<String> channelFields = new ArrayList<>();

	CustomerForm(Composite parent, Runnable changed, List<CustomField> customFields) {
		fields = new FieldSet(changed);
		Group basic = fields.section(parent, Messages.Section_basic);
		given = fields.text(basic, "givenName", Messages.Field_givenName);
		family = fields.text(basic, "familyName", Messages.Field_familyName);
		company = fields.text(basic, "company", Messages.Field_company);
		jobTitle = fields.text(basic, "jobTitle", Messages.Field_jobTitle);
		industry = fields.text(basic, "industry", Messages.Field_industry);
		city = fields.text(basic, "city", Messages.Field_city);
		region = fields.text(basic, "region", Messages.Field_region);
		country = fields.text(basic, "country", Messages.Field_country);
		Group channels = fields.section(parent, Messages.Section_channels);
		email = fields.text(channels, "email", Messages.Field_email);
		mobile = fields.text(channels, "mobile", Messages.Field_mobile);
		phone = fields.text(channels, "phone", Messages.Field_phone);
		Group status = fields.section(parent, Messages.Section_status);
		stage = fields.choice(status, "stage", Messages.Field_stage,
				Arrays.stream(LifecycleStage.values()).map(Labels::stage).toList());
		tier = fields.choice(status, "vipTier", Messages.Field_vipTier,
				Arrays.stream(VipTier.values()).map(t -> t == VipTier.NONE ? Messages.Tier_none : Labels.tier(t)).toList());
		owner = fields.text(status, "owner", Messages.Field_owner);
		active = fields.check(status, "active", Messages.Field_active);
		Group account = fields.section(parent, Messages.Section_account);
		creditLimit = fields.text(account, "creditLimit", Messages.Field_creditLimit);
		currency = fields.text(account, "currency", Messages.Field_currency);
		paymentTerms = fields.text(account, "paymentTerms", Messages.Field_paymentTerms);
		taxId = fields.text(account, "taxId", Messages.Field_taxId);
		billingAddress = fields.text(account, "billingAddress", Messages.Field_billingAddress);
		fields.note(fields.section(parent, Messages.Section_behaviour), Messages.Section_behaviourNote);
		fields.note(fields.section(parent, Messages.Section_service), Messages.Section_serviceNote);
		Group extended = fields.section(parent, Messages.Section_extended);
		tags = fields.text(extended, "tags", Messages.Field_tags);
		for (CustomField field : customFields) {
			custom.put(field.key(), customControl(extended, field));
		}
		fields.note(extended, Messages.Section_extendedNote);
	}

	/** One control per custom field: a choice list, a check box, or text (numbers, ISO dates, free text). */
	private org.eclipse.swt.widgets.Control customControl(Group section, CustomField field) {
		String key = "custom." + field.key();
		return switch (field.type()) {
		case CHOICE -> fields.choice(section, key, field.label(),
				java.util.stream.Stream.concat(java.util.stream.Stream.of(""), field.choices().stream()).toList());
		case BOOLEAN -> fields.check(section, key, field.label());
		default -> fields.text(section, key, field.label());
		};
	}

	/** Shows the customer's custom-field values. */
	void showCustom(java.util.Map<String, String> values) {
		custom.forEach((key, control) -> {
			String value = values.getOrDefault(key, "");
			if (control instanceof Combo combo) {
				combo.select(Math.max(0, java.util.Arrays.asList(combo.getItems()).indexOf(value)));
			} else if (control instanceof Button box) {
				box.setSelection("true".equals(value));
			} else {
				((Text) control).setText(value);
			}
		});
	}

	/** The custom-field values entered. */
	java.util.Map<String, String> customValues() {
		java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
		custom.forEach((key, control) -> values.put(key, control instanceof Combo combo ? combo.getText()
				: control instanceof Button box ? String.valueOf(box.getSelection()) : ((Text) control).getText()));
		return values;
	}

	/** Sensitive fields the user may not change are read-only; those they may not read show a mask. */
	void protect(FieldAccess credit, FieldAccess tax) {
		creditAccess = credit;
		taxAccess = tax;
		creditLimit.setEditable(credit == FieldAccess.EDIT);
		taxId.setEditable(tax == FieldAccess.EDIT);
	}

	void show(Customer customer) {
		loaded = customer;
		CustomerInput in = customer.input();
		boolean person = in.kind() == CustomerKind.PERSON;
		set(given, person ? in.givenName() : customer.name());
		set(family, person ? in.familyName() : "");
		family.setEnabled(person);
		set(company, in.company());
		set(jobTitle, in.jobTitle());
		set(industry, in.industry());
		set(city, in.city());
		set(region, in.region());
		set(country, in.country());
		set(email, first(in, ChannelType.EMAIL));
		set(mobile, first(in, ChannelType.MOBILE));
		set(phone, first(in, ChannelType.PHONE));
		stage.select(in.stage().ordinal());
		tier.select(in.vipTier().ordinal());
		active.setSelection(in.active());
		set(owner, in.owner());
		set(creditLimit, in.creditLimit() == null ? "" : in.creditLimit().toPlainString());
		set(currency, in.currency());
		set(paymentTerms, in.paymentTerms());
		set(taxId, in.taxId());
		if (creditAccess == FieldAccess.HIDDEN) {
			set(creditLimit, FieldSecurity.MASK);
		}
		if (taxAccess == FieldAccess.HIDDEN) {
			set(taxId, FieldSecurity.MASK);
		}
		set(billingAddress, in.billingAddress());
		set(tags, String.join(", ", in.tags()));
	}

	/** What the user entered; channels other than the first email, mobile and phone are kept as they were. */
	CustomerInput input() throws NumberFormatException {
		CustomerInput was = loaded.input();
		boolean person = was.kind() == CustomerKind.PERSON;
		List<Channel> channels = new ArrayList<>();
		channelFields.clear();
		add(channels, ChannelType.EMAIL, email, "email");
		add(channels, ChannelType.MOBILE, mobile, "mobile");
		add(channels, ChannelType.PHONE, phone, "phone");
		List<ChannelType> edited = List.of(ChannelType.EMAIL, ChannelType.MOBILE, ChannelType.PHONE);
		for (ChannelType type : edited) {
			was.channels().stream().filter(c -> c.type() == type).skip(1).forEach(c -> keep(channels, c));
		}
		was.channels().stream().filter(c -> !edited.contains(c.type())).forEach(c -> keep(channels, c));
		Set<String> tagSet = new LinkedHashSet<>();
		Arrays.stream(tags.getText().split(",")).map(String::trim).filter(t -> !t.isEmpty()).forEach(tagSet::add);
		// What the user may not change is sent as it was loaded; the service keeps the stored value anyway.
		String limit = creditAccess != FieldAccess.EDIT ? "" : creditLimit.getText().trim();
		String tax = taxAccess != FieldAccess.EDIT ? was.taxId() : taxId.getText();
		return new CustomerInput(was.kind(), person ? null : given.getText(), person ? given.getText() : null,
				person ? family.getText() : null, was.accountId(), company.getText(), jobTitle.getText(), was.accountRole(),
				industry.getText(), was.companySize(), region.getText(), city.getText(), country.getText(), was.source(),
				LifecycleStage.values()[stage.getSelectionIndex()], VipTier.values()[tier.getSelectionIndex()],
				active.getSelection(), owner.getText(), channels, tagSet,
				creditAccess != FieldAccess.EDIT ? was.creditLimit() : limit.isEmpty() ? null : new BigDecimal(limit),
				currency.getText(), paymentTerms.getText(), tax, billingAddress.getText());
	}

	/** Shows validation errors next to their fields; returns those that have no field here. */
	List<FieldError> showErrors(List<FieldError> errors) {
		List<FieldError> placed = new ArrayList<>();
		for (FieldError e : errors) {
			// An account's name is edited in the first field, where a person's given name is.
			String field = "name".equals(e.field()) ? "givenName" : e.field();
			java.util.regex.Matcher m = java.util.regex.Pattern.compile("channels\\[(\\d+)\\]\\.value").matcher(field);
			if (m.matches() && Integer.parseInt(m.group(1)) < channelFields.size()
					&& channelFields.get(Integer.parseInt(m.group(1))) != null) {
				field = channelFields.get(Integer.parseInt(m.group(1)));
			}
			placed.add(new FieldError(field, e.message()));
		}
		return fields.show(placed);
	}

	/** A number the user typed that is not one, as a validation error of its field. */
	FieldError badNumber(String message) {
		return new FieldError("creditLimit", message);
	}

	String messageAt(String key) {
		return fields.messageAt(key);
	}

	private void add(List<Channel> channels, ChannelType type, Text field, String key) {
		if (!field.getText().isBlank()) {
			channels.add(new Channel(type, "", field.getText().trim(), true));
			channelFields.add(key);
		}
	}

	private void keep(List<Channel> channels, Channel c) {
		channels.add(c);
		channelFields.add(null);
	}

	private static String first(CustomerInput in, ChannelType type) {
		return in.channels().stream().filter(c -> c.type() == type).map(Channel::value).findFirst().orElse("");
	}

	private static void set(Text text, String value) {
		text.setText(value == null ? "" : value);
	}
}
