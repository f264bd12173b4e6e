package org.rapport.contacts.engagement.ui.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.rapport.contacts.engagement.Appointment;
import org.rapport.contacts.engagement.AppointmentInput;
import org.rapport.contacts.engagement.Conflict;
import org.rapport.contacts.engagement.TeamCalendar;
import org.rapport.platform.persistence.DatabaseException;
import org.rapport.platform.persistence.StaleRecordException;
import org.rapport.platform.security.Directory;
import org.rapport.platform.security.User;
import org.rapport.platform.ui.Loader;
import org.rapport.platform.validation.FieldError;
import org.rapport.platform.validation.ValidationException;

/**
 * Creates or changes an appointment. Before saving it asks the calendar what overlaps, on the owner's
 * calendar and the invited colleagues', and names each conflict; the user can keep it anyway. A change refused
 * because someone else saved the appointment meanwhile is explained in the dialog, which stays open with everything
 * typed in it (to copy before opening the appointment anew). The colleagues to invite are read in the background
 * when it opens: OK waits for them, so that those invited stay invited.
 */
final class AppointmentDialog extends TitleAreaDialog {

	private final TeamCalendar calendar;
	private final Directory directory;
	private List<User> colleagues;
	private final Appointment editing;
	private final LocalDateTime proposed;
	private final String me;
	private final List<String> preInvited;
	private Long customer;
	private Text what;
	private Text where;
	private DateTime day;
	private DateTime from;
	private DateTime to;
	private Table invite;

	/**
	 * @param editing  the appointment to change, or null for a new one at the proposed time
	 * @param invited  colleagues to invite at first (the lane the user clicked in)
	 */
	AppointmentDialog(Shell parent, TeamCalendar calendar, Directory directory, String me, Appointment editing,
			LocalDateTime proposed, List<String> invited) {
		super(parent);
		this.calendar = calendar;
		this.directory = directory;
		this.me = me;
		this.editing = editing;
		this.proposed = proposed;
		this.preInvited = invited;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(editing == null ? Messages.Appointment_newTitle : Messages.Appointment_editTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(editing == null ? Messages.Appointment_newTitle : Messages.Appointment_editTitle);
		setMessage(Messages.Appointment_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		what = text(body, Messages.Appointment_what);
		new Label(body, SWT.NONE).setText(Messages.Appointment_day);
		day = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		new Label(body, SWT.NONE).setText(Messages.Appointment_from);
		from = new DateTime(body, SWT.TIME | SWT.SHORT | SWT.BORDER);
		new Label(body, SWT.NONE).setText(Messages.Appointment_to);
		to = new DateTime(body, SWT.TIME | SWT.SHORT | SWT.BORDER);
		where = text(body, Messages.Appointment_where);
		Label l = new Label(body, SWT.NONE);
		l.setText(Messages.Appointment_invite);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(l);
		invite = new Table(body, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 110).applyTo(invite);
		invite.setEnabled(false);
		Instant start = editing != null ? editing.start() : proposed.atZone(ZoneId.systemDefault()).toInstant();
		Instant end = editing != null ? editing.end() : start.plusSeconds(3600);
		When.set(day, from, start);
		When.set(null, to, end);
		if (editing != null) {
			what.setText(editing.title());
			where.setText(editing.location() == null ? "" : editing.location());
		}
		new Loader(invite).load(directory::users, this::offer, e -> setErrorMessage(e.getMessage()));
		return area;
	}

	/** The colleagues to invite, those invited already ticked. */
	private void offer(List<User> users) {
		colleagues = users;
		List<String> invited = editing == null ? preInvited : editing.attendees();
		for (User u : colleagues) {
			if (!u.login().equals(me)) {
				TableItem item = new TableItem(invite, SWT.NONE);
				item.setText(u.displayName());
				item.setData(u.login());
				item.setChecked(invited.contains(u.login()));
			}
		}
		invite.setEnabled(true);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(true);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setEnabled(colleagues != null);
	}

	private static Text text(Composite body, String caption) {
		new Label(body, SWT.NONE).setText(caption);
		Text text = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void okPressed() {
		if (colleagues == null) {
			return;
		}
		List<String> invited = new ArrayList<>();
		for (TableItem item : invite.getItems()) {
			if (item.getChecked()) {
				invited.add((String) item.getData());
			}
		}
		Instant start = When.instant(day, from);
		Instant end = When.instant(day, to);
		AppointmentInput input = new AppointmentInput(what.getText(), start, end, ZoneId.systemDefault(), where.getText(),
				editing == null ? customer : editing.customerId(), invited, editing == null ? null : editing.owner(),
				editing == null ? "" : editing.recurrence());
		if (editing != null && !editing.recurrence().isEmpty()) {
			// An occurrence was opened: the whole series moves by as much as this occurrence did.
			Appointment series = calendar.find(editing.id()).orElse(editing);
			java.time.Duration shift = java.time.Duration.between(editing.start(), start);
			input = new AppointmentInput(input.title(), series.start().plus(shift),
					series.start().plus(shift).plus(java.time.Duration.between(start, end)), series.zone(), input.location(),
					input.customerId(), invited, series.owner(), series.recurrence());
		}
		List<String> people = new ArrayList<>(invited);
		people.add(editing == null ? me : editing.owner());
		List<Conflict> conflicts = end.isAfter(start)
				? calendar.conflicts(start, end, people, editing == null ? null : editing.id()) : List.of();
		if (!conflicts.isEmpty() && !MessageDialog.openQuestion(getShell(), Messages.Conflict_title,
				NLS.bind(Messages.Conflict_message, describe(conflicts)))) {
			return;
		}
		try {
			if (editing == null) {
				calendar.create(input);
			} else {
				calendar.update(editing.id(), editing.version(), input);
			}
		} catch (ValidationException e) {
			setErrorMessage(String.join("\n", e.errors().stream().map(FieldError::message).toList()));
			return;
		} catch (StaleRecordException e) {
			// Nothing was saved: what the user typed stays in the dialog, the message says what to do with it.
			setErrorMessage(e.getMessage());
			return;
		} catch (DatabaseException e) {
			MessageDialog.openError(getShell(), getShell().getText(), e.getMessage());
			return;
		}
		super.okPressed();
	}

	/** A new appointment with this customer (planned from the customer's timeline). */
	AppointmentDialog with(long customerId) {
		customer = customerId;
		return this;
	}

	/** One line per conflict: what, when, whose calendar. */
	String describe(List<Conflict> conflicts) {
		StringBuilder lines = new StringBuilder();
		for (Conflict c : conflicts) {
			String person = colleagues.stream().filter(u -> u.login().equals(c.person())).map(User::displayName)
					.findFirst().orElse(c.person());
			lines.append(NLS.bind(Messages.Conflict_line, new Object[] { c.with().title(),
					When.SHORT.format(c.with().start().atZone(ZoneId.systemDefault())),
					When.TIME.format(c.with().end().atZone(ZoneId.systemDefault())), person })).append('\n');
		}
		return lines.toString().strip();
	}
}
