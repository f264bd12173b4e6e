package org.rapport.sales.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.contacts.testing.TestSupport;
import org.rapport.contacts.testing.WithCustomers;
import org.rapport.platform.validation.ValidationException;
import org.rapport.sales.Lead;
import org.rapport.sales.Leads;
import org.rapport.sales.internal.Messages;

/**
 * A file of leads: a lead with a company, email or phone but no name is named after them; a file too large to read
 * in one piece is refused with its line, quickly, and adds nothing.
 */
class LeadFileTest extends WithCustomers {

	private Leads leads;

	@BeforeEach
	void services() throws Exception {
		leads = TestSupport.service(Leads.class);
	}

	@Test
	void aLeadWithoutANameIsNamedAfterItsCompanyEmailOrPhone() {
		String file = "Name,Company,Email,Phone,Source\n" + ",Harmoni Sdn Bhd,info@harmoni.my,,fair\n"
				+ ",,aminah.yusof@gmail.com,,fair\n" + ",,,+60 12-345 6789,fair\n" + ",,,,\n" + "Lim Wei,,,,\n";

		assertEquals(4, leads.importLeads(new StringReader(file), "fair.csv", new NullProgressMonitor()));

		assertEquals(List.of("+60 12-345 6789", "Harmoni Sdn Bhd", "Lim Wei", "aminah.yusof"),
				leads.list(null, null, null, 10).stream().map(Lead::name).sorted().toList());
	}

	@Test
	void aFileWithoutANameColumnButWithEmailsIsRead() {
		assertEquals(1, leads.importLeads(new StringReader("E-mail,Source\nsiti@pelangi.my,web\n"), "mails.csv",
				new NullProgressMonitor()));
		assertEquals("siti", leads.list(null, null, null, 10).get(0).name());
	}

	@Test
	void aValueLongerThanItsColumnIsAFaultWithLineAndColumn() {
		String file = "Name,Company\nAli,Hassan Trading\n\nSiti,\"" + "Pelangi ".repeat(30) + "\"\n";

		ValidationException e = assertThrows(ValidationException.class,
				() -> leads.importLeads(new StringReader(file), "long.csv", new NullProgressMonitor()));

		assertEquals(List.of(NLS.bind(Messages.Import_fault, new Object[] { "long.csv", 4, "Company",
				NLS.bind(Messages.Lead_valueTooLong, 200) })), e.errors().stream().map(f -> f.message()).toList());
		assertEquals(List.of(), leads.list(null, null, null, 10), "all or nothing");
	}

	@Test
	void aValueThatNeverEndsIsRefusedWithItsLineAndAddsNothing() {
		String start = "Name,Company\nAli,Hassan Trading\nSiti,\"Pelangi";
		Reader endless = new Reader() {
			private long served;

			@Override
			public int read(char[] buffer, int offset, int length) {
				for (int i = 0; i < length; i++, served++) {
					buffer[offset + i] = served < start.length() ? start.charAt((int) served) : 'x';
				}
				assertTrue(served < 4L << 20, "read no more than the limit and a buffer");
				return length;
			}

			@Override
			public void close() {
				// nothing held
			}
		};

		ValidationException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
				ValidationException.class, () -> leads.importLeads(endless, "endless.csv", new NullProgressMonitor())));

		assertEquals(NLS.bind(Messages.Import_valueTooLarge, new Object[] { "endless.csv", 3, 1 }),
				e.errors().get(0).message());
		assertEquals(List.of(), leads.list(null, null, null, 10));
	}
}
