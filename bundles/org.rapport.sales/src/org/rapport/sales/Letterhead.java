package org.rapport.sales;

/**
 * The company's details printed at the head of its quotes.
 *
 * @param address several lines separated by line breaks; blank fields are left off the page
 * @param logo    a PNG or JPEG image, or null
 */
public record Letterhead(String companyName, String address, String phone, String email, String website,
		String registration, byte[] logo) {

	/** The same details with another logo (null for none). */
	public Letterhead withLogo(byte[] image) {
		return new Letterhead(companyName, address, phone, email, website, registration, image);
	}
}
